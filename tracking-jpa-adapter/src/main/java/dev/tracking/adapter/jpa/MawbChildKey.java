package dev.tracking.adapter.jpa;

import java.io.Serializable;
import java.util.UUID;

/** The key of a MAWB's child row (a flight, a reference, a piece of equipment): the MAWB and the position in its list. */
record MawbChildKey(UUID mawbId, short seq) implements Serializable {
}
