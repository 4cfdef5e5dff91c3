package nl.opleidingsklimaat.survey.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.opleidingsklimaat.platform.audit.AuditLog;
import nl.opleidingsklimaat.platform.organisation.OrganisationDirectory;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import nl.opleidingsklimaat.platform.security.CallerScope;

/**
 * Reads and replaces an institution's report recipients: the COC's mailbox and the directors' addresses. Only those
 * who manage the institution (its COC, the region's coordinator, a system token of the institution or region) see or
 * change them; every read and change is audit-logged, since a director's address is personal data.
 */
@ApplicationScoped
public class ReportRecipients {
    private static final String RESOURCE_TYPE = "report-recipients";

    @Inject
    OrganisationDirectory directory;

    @Inject
    AuditLog audit;

    @Inject
    CallerScope caller;

    @Transactional
    public ReportRecipientsView read(String institutionCode) {
        directory.visibleInstitution(institutionCode);
        audit.record("read-report-recipients", RESOURCE_TYPE, institutionCode);
        return view(institutionCode);
    }

    @Transactional
    public ReportRecipientsView replace(String institutionCode, ReportRecipientsRequest request) {
        directory.visibleInstitution(institutionCode);
        requireProgrammesOfTheInstitution(institutionCode, request.directors());
        OffsetDateTime now = OffsetDateTime.now();
        String by = caller.personReference().orElse("unknown");
        CocMailbox.deleteById(institutionCode);
        DirectorAddress.delete("institutionCode", institutionCode);
        CocMailbox.flush();
        if (request.cocMailbox() != null && !request.cocMailbox().isBlank()) {
            CocMailbox mailbox = new CocMailbox();
            mailbox.institutionCode = institutionCode;
            mailbox.email = normalised(request.cocMailbox());
            mailbox.changedAt = now;
            mailbox.changedBy = by;
            mailbox.persist();
        }
        for (DirectorAddressRow row : request.directors()) {
            DirectorAddress address = new DirectorAddress();
            address.programmeCode = row.programmeCode();
            address.institutionCode = institutionCode;
            address.email = normalised(row.email());
            address.changedAt = now;
            address.changedBy = by;
            address.persist();
        }
        audit.record("set-report-recipients", RESOURCE_TYPE, institutionCode);
        return view(institutionCode);
    }

    private void requireProgrammesOfTheInstitution(String institutionCode, List<DirectorAddressRow> rows) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            String code = rows.get(i).programmeCode();
            String field = "directors[" + i + "].programmeCode";
            boolean ofInstitution = directory
                    .programme(code)
                    .map(p -> institutionCode.equals(p.institutionCode))
                    .orElse(false);
            if (!ofInstitution) {
                violations.add(new Problem.Violation(field, "is not a programme of institution " + institutionCode));
            } else if (!seen.add(code)) {
                violations.add(new Problem.Violation(field, "is given more than once"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "%d of %d directors' rows are invalid; nothing was changed"
                            .formatted(violations.size(), rows.size()),
                    violations);
        }
    }

    private static ReportRecipientsView view(String institutionCode) {
        CocMailbox mailbox = CocMailbox.findById(institutionCode);
        return new ReportRecipientsView(
                institutionCode,
                mailbox == null ? null : mailbox.email,
                DirectorAddress.ofInstitution(institutionCode).stream()
                        .map(a -> new DirectorAddressRow(a.programmeCode, a.email))
                        .toList());
    }

    private static String normalised(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
