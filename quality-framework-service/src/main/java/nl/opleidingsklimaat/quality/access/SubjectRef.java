package nl.opleidingsklimaat.quality.access;

import nl.opleidingsklimaat.quality.assessment.SubjectType;

/** A subject (programme, institution, cluster or region) with where it sits, enough to decide who may see it. */
public record SubjectRef(
        SubjectType type, String code, String programmeCode, String institutionCode, String regionCode) {}
