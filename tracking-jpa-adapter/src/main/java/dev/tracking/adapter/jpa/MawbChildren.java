package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.mawb.MawbDetails;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The flights, references and equipment of a set of MAWBs, each list in seq order. Loaded with one query per child
 * table for all the MAWBs at once, so a page of MAWBs costs four statements however many rows it has (no N+1). An
 * update replaces the lists that changed ({@link #replaceChangedLists}).
 */
final class MawbChildren {

    private final Map<UUID, List<FlightLegEntity>> flights;
    private final Map<UUID, List<MawbReferenceEntity>> references;
    private final Map<UUID, List<EquipmentEntity>> equipment;

    private MawbChildren(Map<UUID, List<FlightLegEntity>> flights, Map<UUID, List<MawbReferenceEntity>> references,
            Map<UUID, List<EquipmentEntity>> equipment) {
        this.flights = flights;
        this.references = references;
        this.equipment = equipment;
    }

    static MawbChildren loadFor(EntityManager em, Collection<UUID> mawbIds) {
        if (mawbIds.isEmpty()) {
            return new MawbChildren(Map.of(), Map.of(), Map.of());
        }
        return new MawbChildren(
                load(em, FlightLegEntity.class, mawbIds, row -> row.mawbId),
                load(em, MawbReferenceEntity.class, mawbIds, row -> row.mawbId),
                load(em, EquipmentEntity.class, mawbIds, row -> row.mawbId));
    }

    List<FlightLegEntity> flightsOf(UUID mawbId) {
        return flights.getOrDefault(mawbId, List.of());
    }

    List<MawbReferenceEntity> referencesOf(UUID mawbId) {
        return references.getOrDefault(mawbId, List.of());
    }

    List<EquipmentEntity> equipmentOf(UUID mawbId) {
        return equipment.getOrDefault(mawbId, List.of());
    }

    /**
     * Replaces each of {@code mawbId}'s lists (flights, references, equipment) that differs from {@code details}: its
     * old rows are deleted and flushed before the new ones, which reuse their (mawb_id, seq) keys, are inserted.
     * Lists that did not change are left alone.
     */
    void replaceChangedLists(EntityManager em, UUID mawbId, MawbDetails details) {
        List<Object> removed = new ArrayList<>();
        List<Object> added = new ArrayList<>();
        if (!MawbChildMapper.toFlights(flightsOf(mawbId)).equals(details.flights())) {
            removed.addAll(flightsOf(mawbId));
            added.addAll(MawbChildMapper.toFlightRows(mawbId, details.flights()));
        }
        if (!MawbChildMapper.toReferences(referencesOf(mawbId)).equals(details.references())) {
            removed.addAll(referencesOf(mawbId));
            added.addAll(MawbChildMapper.toReferenceRows(mawbId, details.references()));
        }
        if (!MawbChildMapper.toEquipment(equipmentOf(mawbId)).equals(details.equipment())) {
            removed.addAll(equipmentOf(mawbId));
            added.addAll(MawbChildMapper.toEquipmentRows(mawbId, details.equipment()));
        }
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        removed.forEach(em::remove);
        em.flush();
        added.forEach(em::persist);
    }

    private static <T> Map<UUID, List<T>> load(EntityManager em, Class<T> rowType, Collection<UUID> mawbIds,
            Function<T, UUID> mawbIdOf) {
        String jpql = "select c from " + rowType.getSimpleName() + " c where c.mawbId in :ids order by c.mawbId, c.seq";
        return em.createQuery(jpql, rowType)
                .setParameter("ids", mawbIds)
                .getResultStream()
                .collect(Collectors.groupingBy(mawbIdOf));
    }
}
