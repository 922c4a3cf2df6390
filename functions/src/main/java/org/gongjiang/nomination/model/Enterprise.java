package org.gongjiang.nomination.model;

/** The nominating enterprise; the contact's name and mobile are for the review office only. */
public record Enterprise(String name, String creditCode, String contactName, String contactMobile) {
}
