package nl.opleidingsklimaat.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code bin/token} is asked for: roles, scope claims, a subject and a lifetime, from
 * {@code <role>[,<role>...] [--programme CODE]... [--institution CODE]... [--region CODE] [--subject REF] [--hours N]}.
 */
record TokenRequest(
        Set<String> roles,
        List<String> programmes,
        List<String> institutions,
        String region,
        String subject,
        Duration lifetime) {
    static final String USAGE =
            "usage: bin/token <role>[,<role>...] [--programme CODE]... [--institution CODE]... [--region CODE] [--subject REF] [--hours N]\n"
                    + "roles: resident programme-director supervisor coc board region-coordinator education-advisor coach system reference-data accreditation-body";

    /** The platform's roles (DESIGN.md); kept here too because this tool runs without the services' classes. */
    static final Set<String> ROLES = Set.of(
            "resident",
            "programme-director",
            "supervisor",
            "coc",
            "board",
            "region-coordinator",
            "education-advisor",
            "coach",
            "system",
            "reference-data",
            "accreditation-body");

    static TokenRequest parse(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new IllegalArgumentException("a role is required");
        }
        Set<String> roles = new LinkedHashSet<>(List.of(args[0].split(",")));
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown role " + role);
            }
        }
        List<String> programmes = new ArrayList<>();
        List<String> institutions = new ArrayList<>();
        String region = null;
        String subject = null;
        long hours = 12;
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--programme", "--programmes" -> programmes.addAll(List.of(value.split(",")));
                case "--institution", "--institutions" -> institutions.addAll(List.of(value.split(",")));
                case "--region" -> region = value;
                case "--subject" -> subject = value;
                case "--hours" -> hours = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new TokenRequest(roles, programmes, institutions, region, subject, Duration.ofHours(hours));
    }

    /** The subject, or one named after the roles and scope (the same request names the same person). */
    String subjectOrDefault(String prefix) {
        if (subject != null) {
            return subject;
        }
        List<String> parts = new ArrayList<>(roles);
        if (region != null) {
            parts.add(region);
        }
        parts.addAll(institutions);
        parts.addAll(programmes);
        return (prefix + "-" + String.join("-", parts)).toLowerCase(java.util.Locale.ROOT);
    }
}
