// Server components, named in the admin config as 'payload-medical-review/rsc#Name'.
export { ReviewPanelField } from '../admin/ReviewPanelField.js'
export { ReviewQueueNav } from '../admin/ReviewQueueNav.js'
export { ReviewQueueView } from '../admin/ReviewQueueView.js'
export { ReviewStatusCell } from '../admin/ReviewStatusCell.js'
export { ReviewDashboard } from '../admin/ReviewDashboard.js'
export { ReviewEventDocumentCell } from '../admin/ReviewEventDocumentCell.js'
