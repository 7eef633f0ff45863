/**
 * What the extractor may trust, by the build it runs in. build-extension.ts writes the build's mode into
 * PLASMO_PUBLIC_BUILD_MODE, which Plasmo inlines at build time (https://docs.plasmo.com/framework/env).
 * Only a development build (`npm start`, `npm run demo`, `npm test`) lets a page served from localhost or
 * an IP address name its own vendor, as the saved copies those serve need; a production build, or a
 * build with no mode at all, treats such a page as its own host (issue 19, finding 3).
 *
 * @example
 * extractOptionsForBuild("development") //=> { trustDeclaredIdentityWithoutDomain: true }
 * extractOptionsForBuild("production")  //=> { trustDeclaredIdentityWithoutDomain: false }
 * extractOptionsForBuild(undefined)     //=> { trustDeclaredIdentityWithoutDomain: false }
 */
export function extractOptionsForBuild(buildMode: string | undefined): {
  trustDeclaredIdentityWithoutDomain: boolean;
} {
  return { trustDeclaredIdentityWithoutDomain: buildMode === "development" };
}
