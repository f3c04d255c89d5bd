package io.complaints.handling.whatif;

/**
 * A what-if question: the cases received from month {@code from} to month {@code to} (both included, e.g.
 * {@code 2026-10}), of {@code unit} and the units below it (the caller's own unit when left out), replayed
 * under the {@code candidate} configuration.
 */
public record WhatIfRequest(String from, String to, String unit, CandidateConfiguration candidate) {
}
