package nl.opleidingsklimaat.survey.invitation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
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
    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema CSV_SCHEMA =
            CsvSchema.emptySchema().withHeader().withColumnReordering(true);
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
        // Data rows start on line 2 (line 1 is the header), which is what a coordinator sees in a spreadsheet.
        return importRows(campaignId, parseCsv(csv), i -> "line[%d]".formatted(i + 2));
    }

    private static List<InvitationRow> parseCsv(String csv) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.badRequest("The CSV is empty; expected a header line email,programmeCode,reference");
        }
        // Spreadsheets add a byte-order mark, and Dutch ones separate columns with a semicolon.
        String content = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        String firstLine = content.lines().findFirst().orElse("");
        CsvSchema schema =
                firstLine.contains(";") && !firstLine.contains(",") ? CSV_SCHEMA.withColumnSeparator(';') : CSV_SCHEMA;
        List<InvitationRow> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines =
                CSV.readerForMapOf(String.class).with(schema).readValues(content)) {
            CsvSchema header = (CsvSchema) lines.getParser().getSchema();
            while (lines.hasNextValue()) {
                Map<String, String> line = lines.nextValue();
                if (rows.isEmpty()) {
                    checkHeader(line.keySet());
                }
                if (rows.size() == MAX_ROWS) {
                    throw ProblemException.badRequest("At most %d invitations per import", MAX_ROWS);
                }
                rows.add(new InvitationRow(
                        blankToNull(line.get("email")),
                        blankToNull(line.get("programmeCode")),
                        blankToNull(line.get("reference"))));
            }
            if (rows.isEmpty()) {
                checkHeader(header.getColumnNames());
                throw ProblemException.badRequest("The CSV has a header but no invitations");
            }
        } catch (IOException | RuntimeJsonMappingException e) {
            throw ProblemException.badRequest(
                    "The CSV cannot be read: %s",
                    e.getMessage().lines().findFirst().orElse(""));
        }
        return rows;
    }

    private static void checkHeader(java.util.Collection<String> columns) {
        Set<String> unknown = new HashSet<>(columns);
        unknown.removeAll(CSV_COLUMNS);
        if (!unknown.isEmpty() || !columns.contains("email") || !columns.contains("programmeCode")) {
            throw ProblemException.badRequest(
                    "The CSV header must be email,programmeCode[,reference]; found %s", String.join(",", columns));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
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
