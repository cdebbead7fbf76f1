package org.safar.counselling;

/**
 * A client's identifying data was erased (with any duplicate records merged into it). Modules that
 * copied any of it erase their copies in the same transaction.
 */
public record ClientErased(long clientId) {}
