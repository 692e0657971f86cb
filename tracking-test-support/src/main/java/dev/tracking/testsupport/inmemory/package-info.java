/**
 * In-memory implementations of every persistence port, sharing one {@link
 * dev.tracking.testsupport.inmemory.InMemoryStore}. Start with {@link
 * dev.tracking.testsupport.inmemory.InMemoryPersistence#create()}; build the classes one by one only to subclass or
 * replace one of them. They pass every suite in {@link dev.tracking.testsupport.contract}.
 */
package dev.tracking.testsupport.inmemory;
