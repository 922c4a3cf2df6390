package org.gongjiang.nomination.model;

/** Sex as the identity number records it: M (odd sequence digit) or F (even). */
public enum Sex {
    M, F
}
