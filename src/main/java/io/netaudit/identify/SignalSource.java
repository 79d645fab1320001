package io.netaudit.identify;

/** Where a piece of identification evidence came from. More sources (ENTITY_MFG, OUI, ENGINE_ID, ...) come later. */
public enum SignalSource {
    SYS_OBJECT_ID,
    SYS_DESCR
}
