package dev.tracking.core.domain.measure;

public enum VolumeUnit {
    /** Cubic metres. */
    CBM,
    /** Cubic feet. */
    CFT
}
