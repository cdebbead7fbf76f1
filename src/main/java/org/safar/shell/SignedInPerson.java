package org.safar.shell;

/** What the layout shows of the signed-in person; the identity module's principal provides it. */
public interface SignedInPerson {

  String displayName();
}
