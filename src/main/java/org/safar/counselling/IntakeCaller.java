package org.safar.counselling;

import java.io.Serial;
import java.io.Serializable;

/** An integration that posted with a valid token: which token, for which MRC. */
public record IntakeCaller(long tokenId, long mrcId, String name) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}
