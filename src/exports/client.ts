// Client components, named in the admin config as 'payload-medical-review/client#Name'.
export { ReviewPublishButton } from '../admin/ReviewPublishButton.js'
export { ReviewStatusBadge } from '../admin/ReviewStatusBadge.js'
export { JsonDetailsField } from '../admin/JsonDetailsField.js'
