import { describe, expect, it } from '@jest/globals'
import { boundedMemo } from '../../src/claims/bounded-memo.js'

describe('boundedMemo', () => {
  it('forgets the oldest entries first once it holds more than its budget, and keeps a repeated key once', () => {
    const memo = boundedMemo<string>(10, (key, value) => key.length + value.length)
    memo.set('a', 'aaaa')
    memo.set('b', 'bbbb')
    memo.set('a', 'ignored')
    expect(memo.get('a')).toBe('aaaa')
    memo.set('c', 'cccc')
    expect(memo.get('a')).toBeUndefined()
    expect(memo.get('b')).toBe('bbbb')
    expect(memo.get('c')).toBe('cccc')
  })

  it('drops an entry larger than the whole budget at once', () => {
    const memo = boundedMemo<string>(4, (key, value) => key.length + value.length)
    memo.set('big', 'value')
    expect(memo.get('big')).toBeUndefined()
  })
})
