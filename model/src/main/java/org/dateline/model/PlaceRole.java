package org.dateline.model;

/** How an article uses a place: as a location, or as a stand-in for its government ("Moscow said"). */
public enum PlaceRole {
    LOCATION, GOVERNMENT_METONYM
}
