import type { ReviewClaim } from '../review/types.js'

const fieldElement = (path: string): HTMLElement | null => {
  const segments = path.split('.')
  for (let length = segments.length; length > 0; length -= 1) {
    const candidate = segments.slice(0, length).join('.')
    const found =
      document.querySelector<HTMLElement>(`[data-field-path="${CSS.escape(candidate)}"]`) ??
      document.getElementById(`field-${candidate.replace(/\./g, '__')}`)
    if (found) return found.closest<HTMLElement>('.field-type') ?? found
  }
  return null
}

const textRange = (root: HTMLElement, text: string): Range | null => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const index = (node.textContent ?? '').indexOf(text)
    if (index >= 0) {
      const range = document.createRange()
      range.setStart(node, index)
      range.setEnd(node, index + text.length)
      return range
    }
  }
  return null
}

/**
 * Brings a claim's field into view and marks the claim's words in it: a selection in text inputs,
 * a CSS highlight (which leaves the editor's DOM alone) in rich text. Returns false when the field
 * is not on screen (a collapsed row, another tab).
 */
export const revealClaim = (claim: Pick<ReviewClaim, 'field' | 'text'>): boolean => {
  const container = fieldElement(claim.field)
  if (!container) return false
  container.scrollIntoView({ behavior: 'smooth', block: 'center' })
  container.classList.remove('mr-flash')
  void container.offsetWidth
  container.classList.add('mr-flash')
  window.setTimeout(() => container.classList.remove('mr-flash'), 2200)

  const input = container.querySelector<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], textarea')
  if (input && input.value.includes(claim.text)) {
    const start = input.value.indexOf(claim.text)
    input.focus({ preventScroll: true })
    input.setSelectionRange(start, start + claim.text.length)
    return true
  }
  const range = textRange(container, claim.text)
  // Older browsers lack the CSS Custom Highlight API; the field still scrolls into view and flashes.
  const registry = 'highlights' in CSS ? CSS.highlights : undefined
  if (range && registry && typeof Highlight === 'function') {
    registry.set('mr-claim', new Highlight(range))
    window.setTimeout(() => registry.delete('mr-claim'), 4000)
  }
  return true
}

const ALL_CLAIMS = 'mr-claims-all'

/**
 * Marks every claim's words in the fields on screen at once (or clears them with `false`).
 * Text inputs cannot be marked this way; their claims are listed in the panel. Returns how many
 * claims were marked.
 */
export const highlightClaims = (claims: Pick<ReviewClaim, 'field' | 'text'>[] | false): number => {
  const registry = 'highlights' in CSS ? CSS.highlights : undefined
  if (!registry || typeof Highlight !== 'function') return 0
  if (!claims) {
    registry.delete(ALL_CLAIMS)
    return 0
  }
  const ranges = claims.flatMap((claim) => {
    const container = fieldElement(claim.field)
    const range = container && claim.text ? textRange(container, claim.text) : null
    return range ? [range] : []
  })
  registry.set(ALL_CLAIMS, new Highlight(...ranges))
  return ranges.length
}
