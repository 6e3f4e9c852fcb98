package io.bastion.ingest.load;

import io.bastion.ingest.format.FileError;
import io.bastion.ingest.format.FileKind;
import io.bastion.ingest.format.FileRejectedException;
import io.bastion.ingest.validation.RejectedRow;
import io.bastion.ingest.validation.Rule;
import io.bastion.ingest.validation.ValidRows;
import io.bastion.ingest.validation.ValidatedTables;
import io.bastion.ingest.validation.Violation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rule "codes refer to known things": parent organizations, covered units, a person's unit and
 * the organizations the committee feeds name must be known to the warehouse or arrive in the run.
 * Known codes are kept in memory for the run and grow as periods are loaded; a row refused because
 * a code was not known yet waits in pending_reference and is checked again once it is
 * ({@link PendingReferences}), so the order files arrive in does not decide what is loaded.
 */
final class References
{
    private final Set<String> organizations;
    private final Set<String> units;

    References(Set<String> organizations, Set<String> units)
    {
        this.organizations = new HashSet<>(organizations);
        this.units = new HashSet<>(units);
    }

    /** How many codes are known: it grows as deliveries introduce codes. */
    int size()
    {
        return organizations.size() + units.size();
    }

    boolean knows(PendingReferences.Reference reference, String code)
    {
        return switch (reference) {
            case ORGANIZATION -> organizations.contains(code);
            case UNIT -> units.contains(code);
        };
    }

    /**
     * Learns the codes the deliveries introduce, then checks every row against all known codes. An
     * organization becomes known only when its own 组织信息 passes (its parent known, its units
     * registered), so a refused submission makes no code known, whatever order the files come in.
     */
    List<Delivery> check(List<Delivery> period)
    {
        List<ValidRows.Organization> unresolved = new ArrayList<>();
        for (Delivery delivery : period) {
            delivery.tables().ifPresent(tables -> {
                tables.organization().filter(organization -> delivery.loadable()).ifPresent(unresolved::add);
                if (delivery.loadable()) {
                    for (Object row : tables.feedRows()) {
                        if (row instanceof ValidRows.Enterprise enterprise) {
                            units.add(enterprise.unitCode());
                        }
                    }
                }
            });
        }
        // Parents before children, in as many rounds as the hierarchy is deep.
        for (boolean learned = true; learned; ) {
            learned = unresolved.removeIf(organization -> {
                boolean known = (organization.parentCode() == null || organizations.contains(organization.parentCode()))
                        && organization.coveredUnits().stream().allMatch(unit -> units.contains(unit.unitCode()));
                if (known) {
                    organizations.add(organization.orgCode());
                }
                return known;
            });
        }
        List<Delivery> checked = new ArrayList<>(period.size());
        for (Delivery delivery : period) {
            if (!delivery.loadable()) {
                checked.add(delivery);
                continue;
            }
            checked.add(delivery.kind() == FileKind.BRANCH_SUBMISSION ? checkSubmission(delivery) : checkFeed(delivery));
        }
        return checked;
    }

    private Delivery checkSubmission(Delivery delivery)
    {
        ValidatedTables tables = delivery.tables().orElseThrow();
        List<RejectedRow> rejected = new ArrayList<>(tables.rejected());
        Optional<ValidRows.Organization> organization = tables.organization();
        if (organization.isPresent()) {
            ValidRows.Organization row = organization.get();
            List<Violation> violations = new ArrayList<>();
            if (row.parentCode() != null && !organizations.contains(row.parentCode())) {
                violations.add(Violation.of("组织信息", row.rowNo(), "上级组织代码", Rule.UNKNOWN_PARENT_ORGANIZATION, row.parentCode(),
                        "仓库和本批次文件中都没有这个组织；它报送后此行将自动重新核对",
                        "no such organization in the warehouse or this run's files; the row is checked again once it reports"));
            }
            for (ValidRows.CoveredUnit unit : row.coveredUnits()) {
                if (!units.contains(unit.unitCode())) {
                    violations.add(unknownUnit("组织信息", row.rowNo(), "覆盖单位", unit.unitCode()));
                }
            }
            if (!violations.isEmpty()) {
                rejected.add(new RejectedRow("组织信息", tables.rawRow("组织信息", row.rowNo()), violations));
                organization = Optional.empty();
            }
        }
        List<ValidRows.Person> people = new ArrayList<>();
        for (ValidRows.Person person : tables.people()) {
            if (person.unitCode() != null && !units.contains(person.unitCode())) {
                rejected.add(new RejectedRow("人员信息", tables.rawRow("人员信息", person.rowNo()),
                        List.of(unknownUnit("人员信息", person.rowNo(), "工作单位", person.unitCode()))));
                continue;
            }
            people.add(person);
        }
        ValidatedTables checked = tables.with(organization, people, List.of(), rejected);
        Delivery result = delivery.withTables(checked);
        if (organization.isEmpty()) {
            return result.rejected(new FileRejectedException(FileError.ORGANIZATION_ROW_INVALID, delivery.name().original(),
                    "见隔离区中「组织信息」的错误", "see the 组织信息 errors in the quarantine"));
        }
        return result;
    }

    private Delivery checkFeed(Delivery delivery)
    {
        ValidatedTables tables = delivery.tables().orElseThrow();
        List<RejectedRow> rejected = new ArrayList<>(tables.rejected());
        List<Object> valid = new ArrayList<>();
        String table = delivery.kind().feedTable().orElseThrow().sheetName();
        for (Object row : tables.feedRows()) {
            Optional<Violation> violation = Optional.empty();
            if (row instanceof ValidRows.Grade grade) {
                violation = unknownOrganization(table, grade.rowNo(), "组织代码", grade.orgCode());
            }
            else if (row instanceof ValidRows.Site site) {
                violation = unknownOrganization(table, site.rowNo(), "组织代码", site.orgCode());
            }
            else if (row instanceof ValidRows.Assignment assignment) {
                violation = unknownOrganization(table, assignment.rowNo(), "示范点组织代码", assignment.siteOrgCode());
            }
            else if (row instanceof ValidRows.Contact contact) {
                violation = unknownOrganization(table, contact.rowNo(), "示范点组织代码", contact.siteOrgCode());
            }
            if (violation.isPresent()) {
                rejected.add(new RejectedRow(table, tables.rawRow(table, violation.get().rowNo()), List.of(violation.get())));
                continue;
            }
            valid.add(row);
        }
        return delivery.withTables(tables.with(Optional.empty(), List.of(), valid, rejected));
    }

    private Optional<Violation> unknownOrganization(String table, int rowNo, String column, String orgCode)
    {
        if (organizations.contains(orgCode)) {
            return Optional.empty();
        }
        return Optional.of(Violation.of(table, rowNo, column, Rule.UNKNOWN_ORGANIZATION, orgCode,
                "仓库和本批次文件中都没有这个组织的报送；它报送后此行将自动重新核对",
                "no submission of this organization in the warehouse or this run's files; the row is checked again once it reports"));
    }

    private static Violation unknownUnit(String table, int rowNo, String column, String unitCode)
    {
        return Violation.of(table, rowNo, column, Rule.UNKNOWN_UNIT, unitCode, "企业名录中没有这个统一社会信用代码；名录列入后此行将自动重新核对",
                "no such unified social credit code in the registry; the row is checked again once the registry lists it");
    }
}
