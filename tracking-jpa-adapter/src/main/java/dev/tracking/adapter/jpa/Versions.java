package dev.tracking.adapter.jpa;

/** The version numbers the schema uses: a row starts at 1 ({@code CHECK (version > 0)}) and each update adds one. */
final class Versions {

    /** What an insert stores; Hibernate keeps a preset version instead of seeding 0. */
    static final long FIRST = 1;

    private Versions() {
    }
}
