package io.bastion.dashboard.lists;

import java.util.Arrays;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** The 待办 lists the overview's action tiles open, in the order leaders read them; the key is the URL's and the bundle's. */
public enum ActionList
{
    /** 应建未建: mart_must_form. */
    MUST_FORM("mustForm"),
    /** 后进组织: mart_backward_organization of the latest period ended by the month. */
    BACKWARD("backward"),
    /** 换届逾期: mart_overdue_election. */
    OVERDUE_ELECTION("overdueElection"),
    /** 逾期联系: mart_liaison_progress where overdue. */
    OVERDUE_LIAISON("overdueLiaison"),
    /** 迟报未报: mart_late_submission. */
    LATE("late"),
    /** 程序问题: mart_procedure_finding. */
    PROCEDURE("procedure"),
    /** 失联党员: mart_lost_contact. */
    LOST_CONTACT("lostContact"),
    /** 人数不符: mart_reconciliation. */
    RECONCILIATION("reconciliation");

    private final String key;

    ActionList(String key)
    {
        this.key = requireNonNull(key, "key is null");
    }

    public String key()
    {
        return key;
    }

    public static Optional<ActionList> byKey(String key)
    {
        return Arrays.stream(values()).filter(list -> list.key.equals(key)).findFirst();
    }
}
