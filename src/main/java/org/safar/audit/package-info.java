/** Who did what and when: every module records its changes and sensitive reads here. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.safar.audit;
