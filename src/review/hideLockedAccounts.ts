import type { CollectionAfterErrorHook } from 'payload'

/**
 * A locked account answers a login like a wrong password does, so that failed logins do not tell
 * a stranger which email addresses have accounts.
 */
export const hideLockedAccounts: CollectionAfterErrorHook = ({ error, req }) => {
  if (error?.constructor?.name !== 'LockedAuth') return
  return {
    status: 401,
    response: { errors: [{ message: req.t('error:emailOrPasswordIncorrect') }] },
  }
}
