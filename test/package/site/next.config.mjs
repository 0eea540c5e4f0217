import { withPayload } from '@payloadcms/next/withPayload'

// Nothing plugin-specific: Next's default bundler, no aliases, no transpilePackages.
export default withPayload({})
