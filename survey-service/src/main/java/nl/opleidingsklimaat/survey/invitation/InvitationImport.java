package nl.opleidingsklimaat.survey.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.opleidingsklimaat.platform.csv.CsvImport;
import nl.opleidingsklimaat.platform.organisation.ReplicatedProgramme;
import nl.opleidingsklimaat.platform.problem.Problem;
import nl.opleidingsklimaat.platform.problem.ProblemException;
import nl.opleidingsklimaat.platform.problem.ProblemType;
import nl.opleidingsklimaat.survey.campaign.Campaign;

/**
 * Imports invited residents all-or-nothing: every row is checked (e-mail, programme known in the campaign's region,
 * duplicates in the file and in the campaign) and one problem lists every bad row; nothing is stored unless all
 * rows are good. The roster freezes when the campaign opens ({@link RosterKeeper}): a late addition is marked late and
 * its invitees are mailed at once; otherwise they are mailed at opening.
 */
@ApplicationScoped
public class InvitationImport {
    public static final int MAX_ROWS = 5000;
    private static final Set<String> CSV_REQUIRED = Set.of("email", "programmeCode");
    private static final Set<String> CSV_COLUMNS = Set.of("email", "programmeCode", "reference");

    @Inject
    Validator validator;

    @Inject
    RosterKeeper rosterKeeper;

    @Inject
    PersonalLinks links;

    @Transactional
    public ImportOutcome importJson(UUID campaignId, List<InvitationRow> rows) {
        return importRows(campaignId, rows, i -> "invitations[%d]".formatted(i));
    }

    @Transactional
    public ImportOutcome importCsv(UUID campaignId, String csv) {
        // a problem names the line a coordinator sees in the spreadsheet (the header is line 1)
        List<CsvImport.Line> lines = CsvImport.read(csv, CSV_REQUIRED, CSV_COLUMNS, MAX_ROWS);
        List<InvitationRow> rows = lines.stream()
                .map(line -> new InvitationRow(line.get("email"), line.get("programmeCode"), line.get("reference")))
                .toList();
        return importRows(
                campaignId, rows, i -> "line[%d]".formatted(lines.get(i).number()));
    }

    private ImportOutcome importRows(UUID campaignId, List<InvitationRow> rows, IntFunction<String> rowPath) {
        Campaign campaign = rosterKeeper.campaignToAddTo(campaignId);
        boolean late = RosterAddition.during(campaign).late();
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Invitation> invitations = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            InvitationRow row = rows.get(i);
            String path = rowPath.apply(i);
            if (row == null) {
                violations.add(new Problem.Violation(path, "must not be null"));
                continue;
            }
            Set<ConstraintViolation<InvitationRow>> invalid = validator.validate(row);
            invalid.forEach(
                    v -> violations.add(new Problem.Violation(path + "." + v.getPropertyPath(), v.getMessage())));
            ReplicatedProgramme programme = null;
            if (row.programmeCode() != null) {
                programme = ReplicatedProgramme.findById(row.programmeCode());
                if (programme == null || !programme.active || !programme.regionCode.equals(campaign.regionCode)) {
                    violations.add(new Problem.Violation(
                            path + ".programmeCode",
                            "unknown programme %s in region %s".formatted(row.programmeCode(), campaign.regionCode)));
                }
            }
            if (row.email() == null
                    || invalid.stream()
                            .anyMatch(v -> v.getPropertyPath().toString().equals("email"))) {
                continue;
            }
            String email = row.email().toLowerCase(Locale.ROOT);
            if (!seen.add(email)) {
                violations.add(new Problem.Violation(path + ".email", "duplicate e-mail address in this import"));
            } else if (Invitation.count("campaignId = ?1 and email = ?2", campaignId, email) > 0) {
                violations.add(new Problem.Violation(path + ".email", "already invited to this campaign"));
            }
            if (programme != null) {
                Invitation invitation = new Invitation();
                invitation.id = UUID.randomUUID();
                invitation.campaignId = campaignId;
                invitation.programmeCode = programme.code;
                invitation.institutionCode = programme.institutionCode;
                invitation.email = email;
                invitation.reference = row.reference();
                invitation.late = late;
                invitations.add(invitation);
            }
        }
        if (!violations.isEmpty()) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "%d of %d rows are invalid; nothing was imported"
                            .formatted(
                                    violations.stream()
                                            .map(v -> v.field().replaceAll("\\].*", "]"))
                                            .distinct()
                                            .count(),
                                    rows.size()),
                    violations);
        }
        List<InvitationMail> mails = new ArrayList<>();
        String instrumentName = campaign.instrument().name;
        for (Invitation invitation : invitations) {
            invitation.persist();
            if (late) {
                mails.add(new InvitationMail(
                        invitation.email,
                        links.issue(invitation.id),
                        campaign.name,
                        instrumentName,
                        campaign.closesOn,
                        false));
            }
        }
        rosterKeeper.audit(campaign, invitations);
        long total = Invitation.count("campaignId", campaignId);
        return new ImportOutcome(new ImportResult(invitations.size(), total, mails.size()), mails);
    }
}
