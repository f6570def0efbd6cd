package org.dateline.model;

import java.util.List;
import java.util.Objects;

/**
 * An entity clustered within one article.
 *
 * @param id       article-local id, e.g. {@code E1}
 * @param name     canonical name: the fullest name the article uses
 * @param type     coarse type
 * @param title    title or role ("Secretary of State"), or null
 * @param country  ISO 3166-1 alpha-3 code of the country it belongs to, or null
 * @param actorCode CAMEO-style actor code: country plus sector ("USAGOV", "RUSMIL"), or null
 * @param mentions every mention in text order
 */
public record Entity(String id, String name, EntityType type, String title, String country, String actorCode,
                     List<Mention> mentions) {
    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        mentions = List.copyOf(mentions);
    }
}
