/**
 * The shell every staff page lives in: one layout, navigation contributed by the modules and
 * filtered by role, the language switcher with right-to-left layout, and the error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package org.safar.shell;
