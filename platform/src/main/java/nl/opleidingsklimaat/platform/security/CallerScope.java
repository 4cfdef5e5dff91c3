package nl.opleidingsklimaat.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Answers "may this caller see programme X / institution Y / region Z" from the roles and scope claims of the
 * caller's token.
 *
 * <ul>
 * <li>{@code system}: what its scope claims say, and nothing without one (no machine token is platform-wide);</li>
 * <li>{@code reference-data}: none of the above; it keeps national reference data only;</li>
 * <li>{@code region-coordinator}, {@code education-advisor}: everything in their {@code region};</li>
 * <li>{@code coc}, {@code board}: everything of their {@code institutions};</li>
 * <li>{@code programme-director}, {@code supervisor}, {@code resident}: their {@code programmes} only.</li>
 * </ul>
 * A caller with several roles gets the union. Resources answer 404 (not 403) for things out of scope, so ids of
 * other institutions do not leak.
 */
@RequestScoped
public class CallerScope {
    private final SecurityIdentity identity;
    private final JsonWebToken token;

    @Inject
    public CallerScope(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public boolean isSystem() {
        return hasRole(Roles.SYSTEM);
    }

    /** May keep national reference data (framework, instruments, specialties, regions); it reads no figures or people. */
    public boolean isReferenceDataKeeper() {
        return hasRole(Roles.REFERENCE_DATA);
    }

    /** The region the caller sees whole (coordinator, advisor, or a system token scoped to it). */
    public Optional<String> regionInScope() {
        return regionWide() || isSystem() ? region() : Optional.empty();
    }

    /** The institutions the caller sees whole (COC, board, or a system token scoped to them). */
    public Set<String> institutionsInScope() {
        return institutionWide() || isSystem() ? institutions() : Set.of();
    }

    /** The programmes the caller sees (director, supervisor, resident, or a system token scoped to them). */
    public Set<String> programmesInScope() {
        return programmeWide() || isSystem() ? programmes() : Set.of();
    }

    /** The caller's opaque person reference ({@code upn}, else {@code sub}). */
    public Optional<String> personReference() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.getPrincipal().getName());
    }

    public Set<String> programmes() {
        return stringSet(ScopeClaims.PROGRAMMES);
    }

    public Set<String> institutions() {
        return stringSet(ScopeClaims.INSTITUTIONS);
    }

    public Optional<String> region() {
        Object claim = token.getClaim(ScopeClaims.REGION);
        return claim == null ? Optional.empty() : Optional.of(unquote(claim.toString()));
    }

    public boolean maySeeRegion(String regionCode) {
        return regionInScope().filter(r -> r.equals(regionCode)).isPresent();
    }

    public boolean maySeeInstitution(String institutionCode, String regionCode) {
        return maySeeRegion(regionCode) || institutionsInScope().contains(institutionCode);
    }

    public boolean maySeeProgramme(ProgrammeRef programme) {
        return maySeeInstitution(programme.institutionCode(), programme.regionCode())
                || programmesInScope().contains(programme.programmeCode());
    }

    private boolean regionWide() {
        return hasRole(Roles.REGION_COORDINATOR) || hasRole(Roles.EDUCATION_ADVISOR);
    }

    private boolean institutionWide() {
        return hasRole(Roles.COC) || hasRole(Roles.BOARD);
    }

    private boolean programmeWide() {
        return hasRole(Roles.PROGRAMME_DIRECTOR) || hasRole(Roles.SUPERVISOR) || hasRole(Roles.RESIDENT);
    }

    private Set<String> stringSet(String claimName) {
        Object claim = token.getClaim(claimName);
        if (claim == null) {
            return Set.of();
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(v -> unquote(v.toString())).collect(Collectors.toUnmodifiableSet());
        }
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.stream().map(v -> unquote(v.toString())).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of(unquote(claim.toString()));
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1)
                : value;
    }
}
