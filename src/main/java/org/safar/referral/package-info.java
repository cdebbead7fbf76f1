/**
 * The referral network: the directory of service providers and what they offer where, referrals
 * from counselling to them, and protected casework under need-to-know rules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Referral network")
package org.safar.referral;
