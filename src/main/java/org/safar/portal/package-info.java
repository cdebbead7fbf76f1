/**
 * The public portal: pages for migrants and their families, with no sign-in, under {@code /portal},
 * in all eight languages Safar ships, light enough for a cheap phone on a slow network (no script,
 * one small style sheet). Public forms are guarded by {@link org.safar.portal.PublicFormGuard}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal")
package org.safar.portal;
