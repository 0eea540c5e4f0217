import { withPayload } from '@payloadcms/next/withPayload'

/** The admin UI only: express serves /api (REST and GraphQL) itself, see app/server.ts. */
const nextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` checks types; the build need not do it twice.
  typescript: { ignoreBuildErrors: true },
  webpack: (config) => {
    // The demo runs the plugin from its TypeScript source, through the package's own name and the
    // `medreview-source` export condition; sites that install the package get the built dist/.
    config.resolve.conditionNames = ['medreview-source', ...(config.resolve.conditionNames ?? ['...'])]
    // Our TypeScript imports carry `.js` suffixes (ESM style); point them at the .ts sources.
    config.resolve.extensionAlias = { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'] }
    return config
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
