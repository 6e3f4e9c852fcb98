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
 * the organizations the committee feeds name must be known to the warehouse or arrive in the same
 * period's files. Known codes are kept in memory for the run and grow as periods are loaded.
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

    /** Learns the codes a period's deliveries introduce, then checks every row against all known codes. */
    List<Delivery> check(List<Delivery> period)
    {
        for (Delivery delivery : period) {
            delivery.tables().ifPresent(tables -> {
                tables.organization().ifPresent(organization -> organizations.add(organization.orgCode()));
                for (Object row : tables.feedRows()) {
                    if (row instanceof ValidRows.Enterprise enterprise) {
                        units.add(enterprise.unitCode());
                    }
                }
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
                        "仓库和本期报送中都没有这个组织", "no such organization in the warehouse or this period's submissions"));
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
                "仓库中没有这个组织的报送", "no submission of this organization in the warehouse"));
    }

    private static Violation unknownUnit(String table, int rowNo, String column, String unitCode)
    {
        return Violation.of(table, rowNo, column, Rule.UNKNOWN_UNIT, unitCode, "企业名录中没有这个统一社会信用代码", "no such unified social credit code in the registry");
    }
}
