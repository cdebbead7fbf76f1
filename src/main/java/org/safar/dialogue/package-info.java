/**
 * Dialogue: meetings (thematic, regional working groups, ministerial conferences, ad hoc) with
 * their participants counted per country and organisation type, and the knowledge products that
 * feed them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dialogue")
package org.safar.dialogue;
