package nl.opleidingsklimaat.events.workshop;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopFill")
public record WorkshopFill(String code, String title, int capacity, long allocated) {}
