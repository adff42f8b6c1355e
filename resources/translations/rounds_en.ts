<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>AchievementPanel</name>
        <message>
            <location filename="../../desktop/ui/desk/quota_achievement.py" line="+187" />
            <source>No sales figures for {year} yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Achievement shows once the month's sales are imported (rounds-server import metrics) and synced.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Nothing to show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pick a product with a quota.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No sales figures for this product and period yet: the quota is shown, achievement follows once the figures are imported.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Year to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Month {month}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Activities</name>
        <message>
            <location filename="../../desktop/domain/activity_reminders.py" line="+49" />
            <source>Invite to {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invite {segment} to {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Evaluate {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/activities.py" line="+44" />
            <source>{tier}-tier {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{tier}-tier {kind}, {department}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/filters.py" line="+18" />
            <source>Any time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>From today on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This quarter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last 12 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/texts.py" line="+16" />
            <source>Submit for approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Return with comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Submitted</source>
            <extracomment>How the history names each move once made.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reopened for revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Evaluated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivitiesView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/activities/list_view.py" line="+107" />
            <source>%n activity(ies), budget {budget}, spent {spent}</source>
            <translation>
                <numerusform>%n activity, budget {budget}, spent {spent}</numerusform>
                <numerusform>%n activities, budget {budget}, spent {spent}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+61" />
            <source>New activity…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No activity here yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan a meeting, a salon or a campaign with New activity…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <location filename="../../desktop/ui/activities/editor_dialog.py" line="+141" />
            <source>Give the activity a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>The activity cannot end before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>New activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Invitees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>From – to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Expected attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>e.g. 心内科 department meeting on 络活喜</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityFilters</name>
        <message>
            <location filename="../../desktop/ui/activities/filters.py" line="+36" />
            <source>All products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityPanel</name>
        <message>
            <location filename="../../desktop/ui/activities/detail_panel.py" line="+185" />
            <source>No activity opened</source>
            <extracomment>Moves that need the comment box (returning needs a comment; approving may have one).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Products: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Manager: {comment}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n invited</source>
            <translation>
                <numerusform>%n invited</numerusform>
                <numerusform>%n invited</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n attended</source>
            <translation>
                <numerusform>%n attended</numerusform>
                <numerusform>%n attended</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n expected</source>
            <translation>
                <numerusform>%n expected</numerusform>
                <numerusform>%n expected</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>budget {budget}, spent {spent}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>verdict: {verdict}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Invitees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Budget and spending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Calls around it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Comment (required to return an activity)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What should the representative change?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>On the day…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ActivityReport</name>
        <message>
            <location filename="../../desktop/domain/activity_report.py" line="+47" />
            <source>Market activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+183" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Starts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ends</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Budget (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Actual cost (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales growth verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Profit multiple</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Profit verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Awareness change (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Awareness verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Share change vs. non-attendees (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Control verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Overall verdict</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdrSection</name>
        <message>
            <location filename="../../desktop/ui/calls/adr_section.py" line="+208" />
            <source>Required</source>
            <extracomment>The case's fields, in the order shown (named as the complaint's, as errors name them). The minimum case: all but the lot, which a caller often cannot read off the pack.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Suspected adverse reaction reported during this call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Suspected adverse reaction — minimum case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Saving creates the case for pharmacovigilance at once, Day 0 = the call's date. No full names: initials only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Patient initials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Suspect product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Onset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. W.Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What happened, how severe, outcome so far</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <location filename="../../desktop/ui/complaints/answer_dialog.py" line="+66" />
            <source>Write the answer first: it is what the rep will tell the customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Answer the complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answer to the customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What was found, what the company does about it, and what the customer can expect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Saved on this computer at once and sent with the next sync; the rep reports it to the customer and records their satisfaction.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApprovalsView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/plans/approvals_view.py" line="+226" />
            <source>%n plan(s) waiting.</source>
            <translation>
                <numerusform>%n plan waiting.</numerusform>
                <numerusform>%n plans waiting.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../desktop/ui/complaints/assign_dialog.py" line="+60" />
            <source>No complaint handler (role qa) is in your team's directory yet. IT creates one with rounds-server user add --role qa; it arrives with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Choose the handler first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Assign the complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Handler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The handler sees it in their queue after the next sync and answers it; you can change the handler later.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AtRisk</name>
        <message>
            <location filename="../../desktop/domain/at_risk.py" line="+57" />
            <source>Prescription share fell {months} months in a row, from {start} to {end}.</source>
            <extracomment>Threshold of each rule when the region has not set one.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No call for {days} days; tier {tier} asks for one every {interval} days.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A complaint is past its committed deadline ({deadline}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Purchases down {drop} on the same months last year ({now} against {before} CNY).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Moved down from tier A to tier {tier} on {day}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AtRiskTab</name>
        <message>
            <location filename="../../desktop/ui/desk/at_risk_tab.py" line="+148" />
            <location line="+44" />
            <source>All representatives</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="-32" />
            <location line="+42" />
            <source>%n customer(s) at risk</source>
            <translation>
                <numerusform>%n customer at risk</numerusform>
                <numerusform>%n customers at risk</numerusform>
            </translation>
        </message>
        <message>
            <location line="-12" />
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Mark lost…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customers marked lost, by reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No customer of your region is at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A customer shows here when a rule on the right flags them, with the reason.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BooleanEditor</name>
        <message>
            <location filename="../../desktop/ui/customers/field_editors.py" line="+104" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CadenceTexts</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/today/columns.py" line="+47" />
            <source>about %n call(s) a week</source>
            <translation>
                <numerusform>about once a week</numerusform>
                <numerusform>about %n calls a week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n call(s) a month</source>
            <translation>
                <numerusform>once a month</numerusform>
                <numerusform>%n calls a month</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n a week</source>
            <comment>call target, short</comment>
            <translation>
                <numerusform>weekly</numerusform>
                <numerusform>%n× a week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n a month</source>
            <comment>call target, short</comment>
            <translation>
                <numerusform>monthly</numerusform>
                <numerusform>%n× a month</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Due today</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallReportDialog</name>
        <message>
            <location filename="../../desktop/ui/calls/report_dialog.py" line="+278" />
            <source>Follow up on the call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The suspected adverse reaction is incomplete: fill in the fields marked Required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>The suspected adverse reaction is incomplete: see the fields marked beside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Call report (submitted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Submitted reports are locked. Use Correct… to record a correction; the original is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Correct a call report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This report corrects a submitted one; both are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Call report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Visit &amp;type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>D&amp;uration (min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Products detailed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Samples / materials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>not recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Listed: {shown} of the {total} people of the organisation, those of the same department first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Remind me on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add sample</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save draft (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Submit (Ctrl+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Correct…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What did the customer say? Changes you noticed?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>e.g. bring the new clinical data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CallsView</name>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="+37" />
            <source>correction</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+145" />
            <source>%n call report(s)</source>
            <translation>
                <numerusform>%n call report</numerusform>
                <numerusform>%n call reports</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n draft(s) not submitted</source>
            <translation>
                <numerusform>%n draft not submitted</numerusform>
                <numerusform>%n drafts not submitted</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>No call report matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show all clears them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No call reports yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Log a call with Ctrl+N, or press Enter on a planned call in Today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Customer: name, pinyin or hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>any day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Log a call… (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <location filename="../../desktop/ui/activities/checkin_dialog.py" line="+172" />
            <source>{name} checked in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>{name} did not come.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>{name} added and checked in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Actual costs saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>The activity is marked held.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n came of {invited} on the list</source>
            <translation>
                <numerusform>%n came of {invited} on the list</numerusform>
                <numerusform>%n came of {invited} on the list</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>On the day: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Actual costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Check in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add walk-in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save actual costs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../../desktop/ui/calls/report_models.py" line="+78" />
            <location filename="../../desktop/ui/complaints/pv_desk.py" line="+62" />
            <location filename="../../desktop/ui/complaints/qa_queue.py" line="+42" />
            <location filename="../../desktop/ui/complaints/view.py" line="+56" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Key message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+72" />
            <source>Product or material</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lot / batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/customers/detail.py" line="+60" />
            <location filename="../../desktop/ui/customers/table_model.py" line="+28" />
            <location filename="../../desktop/ui/desk/quota_achievement.py" line="-155" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="+43" />
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+17" />
            <location filename="../../desktop/ui/complaints/qa_queue.py" line="-3" />
            <location filename="../../desktop/ui/complaints/view.py" line="-5" />
            <location filename="../../desktop/ui/customers/detail.py" line="+1" />
            <location line="+22" />
            <location filename="../../desktop/ui/customers/table_model.py" line="+1" />
            <location filename="../../desktop/ui/today/columns.py" line="+86" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-16" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+29" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-28" />
            <location line="+29" />
            <source>Spent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-14" />
            <location filename="../../desktop/ui/customers/detail.py" line="-20" />
            <location filename="../../desktop/ui/customers/table_model.py" line="+1" />
            <location filename="../../desktop/ui/desk/at_risk_tab.py" line="-142" />
            <location filename="../../desktop/ui/desk/drill_models.py" line="+48" />
            <location filename="../../desktop/ui/plans/table_models.py" line="+36" />
            <location line="+67" />
            <location filename="../../desktop/ui/today/columns.py" line="-13" />
            <location line="+24" />
            <source>Tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Checked in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="-162" />
            <location filename="../../desktop/ui/customers/table_model.py" line="+1" />
            <location filename="../../desktop/ui/today/columns.py" line="-128" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/customers/table_model.py" line="+1" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lifecycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="-3" />
            <location filename="../../desktop/ui/customers/detail.py" line="+4" />
            <location filename="../../desktop/ui/desk/drill_models.py" line="+10" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="+10" />
            <location filename="../../desktop/ui/plans/table_models.py" line="-80" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/plans/table_models.py" line="+1" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/table_models.py" line="+1" />
            <location line="+23" />
            <source>Revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="+1" />
            <location filename="../../desktop/ui/plans/table_models.py" line="-21" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/table_models.py" line="+7" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="-26" />
            <location line="+35" />
            <location filename="../../desktop/ui/calls/view.py" line="+2" />
            <location filename="../../desktop/ui/complaints/pv_desk.py" line="+3" />
            <location filename="../../desktop/ui/complaints/qa_queue.py" line="-1" />
            <location filename="../../desktop/ui/complaints/view.py" line="-1" />
            <location filename="../../desktop/ui/customers/detail.py" line="+2" />
            <location filename="../../desktop/ui/desk/at_risk_tab.py" line="-1" />
            <location filename="../../desktop/ui/desk/drill_models.py" line="-11" />
            <location filename="../../desktop/ui/follow_ups/view.py" line="+56" />
            <location filename="../../desktop/ui/plans/table_models.py" line="+1" />
            <location filename="../../desktop/ui/surveys/view.py" line="+24" />
            <location filename="../../desktop/ui/today/columns.py" line="-1" />
            <location line="+104" />
            <location line="+8" />
            <location line="+5" />
            <location line="+11" />
            <location filename="../../desktop/ui/today/escalations.py" line="+38" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/evaluation_panel.py" line="+88" />
            <source>Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/activities/table_models.py" line="-47" />
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/ui/plans/table_models.py" line="+2" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="+4" />
            <location filename="../../desktop/ui/desk/at_risk_tab.py" line="+2" />
            <location filename="../../desktop/ui/desk/drill_models.py" line="-12" />
            <location filename="../../desktop/ui/plans/table_models.py" line="+7" />
            <location line="+28" />
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/table_models.py" line="-27" />
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Calls / plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/drill_models.py" line="-20" />
            <source>Calls against plan</source>
            <extracomment>The KPIs the team level shows for each rep, with their column titles.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/plans/table_models.py" line="+2" />
            <source>A-tier coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Frequency attainment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales against quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <location line="+13" />
            <source>Calls made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Sales (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/table_models.py" line="+2" />
            <source>Attainment A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Attainment B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Attainment C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Needed a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Target a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="+2" />
            <location filename="../../desktop/ui/customers/detail.py" line="+1" />
            <location filename="../../desktop/ui/desk/drill_models.py" line="+7" />
            <source>Type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="-11" />
            <location line="+55" />
            <location filename="../../desktop/ui/calls/view.py" line="+1" />
            <location filename="../../desktop/ui/complaints/qa_queue.py" line="+2" />
            <location filename="../../desktop/ui/complaints/view.py" line="+4" />
            <location line="+9" />
            <location filename="../../desktop/ui/customers/detail.py" line="+1" />
            <location line="+7" />
            <location line="+6" />
            <location filename="../../desktop/ui/desk/drill_models.py" line="+1" />
            <location filename="../../desktop/ui/follow_ups/view.py" line="+3" />
            <location filename="../../desktop/ui/today/columns.py" line="-8" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="+1" />
            <location filename="../../desktop/ui/customers/detail.py" line="-11" />
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/qa_queue.py" line="-5" />
            <location filename="../../desktop/ui/complaints/view.py" line="-17" />
            <location filename="../../desktop/ui/customers/detail.py" line="+13" />
            <location filename="../../desktop/ui/today/columns.py" line="-4" />
            <source>Deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/ui/complaints/view.py" line="+2" />
            <location filename="../../desktop/ui/follow_ups/view.py" line="-5" />
            <source>Time left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/view.py" line="+4" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location filename="../../desktop/ui/today/columns.py" line="-117" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="-19" />
            <location filename="../../desktop/ui/complaints/view.py" line="+2" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <location line="+10" />
            <location filename="../../desktop/ui/plans/table_models.py" line="-86" />
            <location filename="../../desktop/ui/sync/conflicts_view.py" line="+62" />
            <location line="+7" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/sync/conflicts_view.py" line="-6" />
            <location line="+7" />
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-6" />
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>My value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Value kept on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Why it was refused</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>My change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/customers/detail.py" line="-24" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <location filename="../../desktop/ui/follow_ups/view.py" line="-2" />
            <location filename="../../desktop/ui/today/columns.py" line="+112" />
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/follow_ups/view.py" line="+5" />
            <location filename="../../desktop/ui/today/columns.py" line="+2" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/follow_ups/view.py" line="+1" />
            <source>Snoozed until</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/customers/figures_tab.py" line="+83" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drug class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Outpatient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Total prescriptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Our prescriptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Prescription share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Purchases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/ui/desk/quota_achievement.py" line="+2" />
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/today/columns.py" line="-111" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+119" />
            <source>PV receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/drill_models.py" line="-10" />
            <location filename="../../desktop/ui/today/columns.py" line="-16" />
            <source>Last call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/today/columns.py" line="+2" />
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/analysis_view.py" line="+60" />
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Median days to answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Mean days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>On time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/pv_desk.py" line="-8" />
            <location filename="../../desktop/ui/today/escalations.py" line="-1" />
            <source>Clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/ui/today/escalations.py" line="+3" />
            <source>Day 0</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/at_risk_tab.py" line="+1" />
            <location filename="../../desktop/ui/today/columns.py" line="+22" />
            <source>Why at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/quota_achievement.py" line="-1" />
            <source>Quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Forecast (run rate)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Forecast (last year)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/surveys/view.py" line="+1" />
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Due since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/today/escalations.py" line="-5" />
            <source>Waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Rep</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComplaintAnalysis</name>
        <message>
            <location filename="../../desktop/domain/complaint_analysis.py" line="+51" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/analysis_view.py" line="-40" />
            <source>(no product)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>(no lot given)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>repeated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComplaintAnalysisView</name>
        <message>
            <location line="+115" />
            <source>{complaints} complaints · {open} open · {on_time} of {due} due answered on time ({rate}) · median time to answer {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Lots with repeated complaints: {lots}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{lot} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Complaint analysis</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Received from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <location filename="../../desktop/ui/complaints/dialog.py" line="+194" />
            <source>Suspected adverse reaction — pharmacovigilance must be informed within 24 hours of Day 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+42" />
            <source>Capture complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Adverse reaction case (minimum fields)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>as printed on the pack</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>initials or case number, no full name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComplaintMonthsChart</name>
        <message>
            <location filename="../../desktop/ui/complaints/analysis_chart.py" line="+61" />
            <source>Complaints received per month, and the share answered on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>On time (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>No complaint received in this period.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ComplaintsView</name>
        <message>
            <location filename="../../desktop/ui/complaints/view.py" line="+169" />
            <source>Move to: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+26" />
            <source>{open} open · {urgent} near or past their deadline</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n suspected adverse reaction(s) not yet reported to pharmacovigilance</source>
            <translation>
                <numerusform>%n suspected adverse reaction not yet reported to pharmacovigilance</numerusform>
                <numerusform>%n suspected adverse reactions not yet reported to pharmacovigilance</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>No complaints.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Capture one with Ctrl+Shift+N; a suspected adverse reaction starts its 24-hour clock at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+54" />
            <source>Capture complaint… (Ctrl+Shift+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Assign…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <location filename="../../desktop/ui/sync/conflicts_view.py" line="-58" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Call report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Call attendee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Product detailed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sample</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Complaint step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Call plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Planned call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Market activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activity product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activity invitee</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activity cost line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activity step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Product margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Call frequency target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At-risk rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Territory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Complaint routing rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Survey question</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Satisfaction survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+98" />
            <source>Could not restore your value: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>This record is no longer on this computer: it was deleted, or it moved to another rep's territory. There is nothing to restore, so the conflict was removed from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Your values that lost to another change ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Changes the server refused ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>When someone else changed the same field first, the server kept their value; yours is listed here and can be restored. Changes the server refused are listed with its reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Restore my value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keep the server's value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every value you changed is the one the server keeps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No refused changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The server accepted everything you sent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CostsEditor</name>
        <message>
            <location filename="../../desktop/ui/activities/costs_editor.py" line="+100" />
            <source>Spent {actual} of a budget of {budget}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Total budget: {budget}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Spent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerDetail</name>
        <message>
            <location filename="../../desktop/ui/customers/detail.py" line="+12" />
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+63" />
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Metrics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+157" />
            <source>Tier {tier}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+33" />
            <source>No profile details yet. Use Edit to add them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+86" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Log a call…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Capture complaint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark lost…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pick a customer on the left to see their profile, metrics, visits and follow-ups.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerForm</name>
        <message>
            <location filename="../../desktop/domain/customer_profile.py" line="+48" />
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Organisation and purchasing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Work</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Personal details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerFormDialog</name>
        <message>
            <location filename="../../desktop/ui/customers/form_dialog.py" line="+204" />
            <source>Read as: {numbers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>{field} must be a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+91" />
            <source>Edit customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New customer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <location filename="../../desktop/ui/customers/picker_dialog.py" line="+71" />
            <source>Choose a customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Type a name or pinyin, then Enter</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomersView</name>
        <message>
            <location filename="../../desktop/ui/customers/view.py" line="+233" />
            <source>No customer matches exactly what you typed. Did you mean %1?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>No customer matches exactly what you typed; these come close (a typo or the same pinyin).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Showing the best %n matches; more customers match — type more or pick a filter to narrow.</source>
            <translation>
                <numerusform>Showing the best match; more customers match — type more or pick a filter to narrow.</numerusform>
                <numerusform>Showing the best %n matches; more customers match — type more or pick a filter to narrow.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n customer</numerusform>
                <numerusform>%n customers</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>No customers yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add one with New customer (Ctrl+Shift+C), or sync to bring your territory's customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>No customer matches.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Check the spelling, try pinyin initials (zw for 张伟), or set the filters back to All.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Export customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Exporting customers…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n customer(s) exported to {path}</source>
            <translation>
                <numerusform>%n customer exported to {path}</numerusform>
                <numerusform>%n customers exported to {path}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not write {path} ({reason}); choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The export failed ({reason}); nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <location line="+44" />
            <source>All cities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-42" />
            <location line="+44" />
            <source>All hospitals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-8" />
            <source>Name, pinyin, hospital or phone (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the customers shown (every one the search and filters select) as an Excel file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <location filename="../../desktop/ui/customers/field_editors.py" line="+51" />
            <source>No date</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <location filename="../../desktop/ui/desk/compare_tab.py" line="+87" />
            <source>Every active representative over the span. Prescription share, sales against quota, calls per sale and cost against sales need one whole calendar month. Double-click a representative to open their scorecard.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/drill_tab.py" line="+176" />
            <location line="+7" />
            <location filename="../../desktop/ui/desk/kpi_tab.py" line="+124" />
            <location line="+82" />
            <source>The team</source>
            <extracomment>Tables whose change alters a scorecard.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>No active representative in the region.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Double-click a representative to see their customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No customers in this representative's territories.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Double-click a customer to see their calls in the span.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No calls to this customer in the span.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Double-click a call to open its report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Back up one level (Backspace)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/export.py" line="+20" />
            <source>team-report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Export the team report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Writing the team report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Team report written to {path}: {kpis} KPI rows, {quotas} quota rows, {risks} customers at risk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Could not write {path} ({reason}); choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>The export failed ({reason}); nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/hub.py" line="+62" />
            <source>Sign in to see your scorecard: the Desk shows the KPIs of the signed-in representative or manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/kpi_model.py" line="+105" />
            <source>Select a figure to see how it was computed (its tooltip says it too).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{kpi}, {column}: {how}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/kpi_tab.py" line="-164" />
            <source>by week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+88" />
            <source>Me</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+30" />
            <source>Reading the figures…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+36" />
            <source>{whose}, {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Scorecard of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save the team report of this span (KPIs by rep and period, quota achievement, customers at risk) as an Excel workbook, as `rounds report team` writes it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Trend of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/range_bar.py" line="+15" />
            <source>By week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>By month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+89" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/tabs.py" line="+60" />
            <source>KPIs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Compare reps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drill down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quotas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/desk/texts.py" line="+12" />
            <source>Calls against plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A-tier coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>B-tier coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>C-tier coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Frequency attainment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prescription share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales against quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Calls per 10k CNY of sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activity cost against sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Complaints answered on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Adverse reactions reported within 24 h</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <location filename="../../desktop/models/enums.py" line="+252" />
            <location line="+14" />
            <source>Hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Doctor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pharmacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pharmacy contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Distributor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Patient</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prospect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Growing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tertiary special (3S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tertiary A (3A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tertiary B (3B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tertiary C (3C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Secondary A (2A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Secondary B (2B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Secondary C (2C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Primary A (1A)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Primary B (1B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Primary C (1C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Unrated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Public</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Private</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Joint venture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Foreign-owned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Military</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-29" />
            <location line="+30" />
            <location line="+23" />
            <location line="+11" />
            <location line="+41" />
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-74" />
            <location line="+41" />
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-40" />
            <location line="+41" />
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-40" />
            <source>Undisclosed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Face-to-face detailing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+41" />
            <source>Department meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-40" />
            <location line="+39" />
            <source>Academic meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-38" />
            <source>Pharmacy visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-50" />
            <location line="+51" />
            <location line="+5" />
            <location line="+40" />
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-44" />
            <location line="+5" />
            <location line="+40" />
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-44" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+47" />
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-101" />
            <location line="+57" />
            <location line="+40" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-39" />
            <location line="+40" />
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-39" />
            <source>Product quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Suspected adverse reaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delivery / logistics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-53" />
            <location line="+54" />
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-66" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Share falling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not called for too long</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Complaint past its deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Purchases down on last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A-tier customer moved down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Competitor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+56" />
            <source>Price</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-54" />
            <source>Staff change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Policy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+55" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Critical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>During a visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-commerce</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Order meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Captured</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Assigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reported to customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Satisfaction recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Salon / seminar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Trade fair booth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Product promotion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>Advertising</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-22" />
            <source>Patient education</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>White paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Evaluated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Submit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Evaluate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Speakers' fees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Materials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Travel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Meals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Invited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Confirmed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Successful</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Between bands</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No effect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not successful</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not judged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <location line="+5" />
            <source>After a closed complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <location line="+5" />
            <source>After a call cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Scale 1–5</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Free text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Every survey</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EscalationNotifier</name>
        <message>
            <location filename="../../desktop/ui/complaints/escalations.py" line="+51" />
            <source>Suspected adverse reaction: no PV receipt after {hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{customer} — {product}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EscalationSection</name>
        <message>
            <location filename="../../desktop/ui/today/escalations.py" line="+50" />
            <source>Suspected adverse reactions without PV receipt ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Pharmacovigilance has acknowledged every case.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Escalations</name>
        <message>
            <location line="-65" />
            <source>No PV receipt after {hours} h</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Evaluation</name>
        <message>
            <location filename="../../desktop/domain/activity_evaluation.py" line="+92" />
            <source>Sales growth {growth} (from {before} in the {months} months before to {after} after): at least 6.83 %, successful.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales growth {growth} (from {before} in the {months} months before to {after} after) lies between the bands: above 5 % (no effect) and below 6.83 % (successful).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales growth {growth} (from {before} in the {months} months before to {after} after): 3 % to 5 %, no effect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales growth {growth} (from {before} in the {months} months before to {after} after): under 3 %, failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: at least 1.5×, successful.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: between the bands, from 1× (not successful) to under 1.5× (successful).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: 0.5× to under 1×, not successful.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: under 0.5×, failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Awareness rose {points} points (from {before} % to {after} %): +10 to +20 points, worth it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Awareness rose {points} points (from {before} % to {after} %): more than the documents' +10 to +20 band, worth it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Awareness changed {points} points (from {before} % to {after} %): under +10 points, not worth it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prescription share of the attendees changed {attendees} points, of the {control_group} {control} points: the attendees gained {difference} points more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prescription share of the attendees changed {attendees} points, of the {control_group} {control} points: the attendees gained no more than the control.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>invitees who did not come</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>rest of the territory's customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not judged: the {months} months after the activity end on {due}; the figures are complete after that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: the activity names no products.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: nobody is checked in as attending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: no sales figures of the activity's products at the attendees' organisations for {span}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: the sales figures the profit is computed from are missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: no margin is set for {products}; the manager or an administrator sets one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: no actual cost is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not applicable: awareness is surveyed for advertising campaigns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: enter the awareness survey before and after (percent).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: no prescription figures of the activity's drug classes for the attendees and a control group in both spans.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the months before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>the months after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/evaluation_panel.py" line="-40" />
            <source>Sales growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Return on cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-17" />
            <source>Awareness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Against the control group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Sales before</source>
            <extracomment>The figures shown, in order: (Evaluation attribute, label, format).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Added sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Profit from added sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Actual cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Awareness change (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attendees' share change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Control group's share change</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvaluationPanel</name>
        <message>
            <location line="+147" />
            <source>Comment saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Verdict recorded: {verdict}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Save the evaluation as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The PDF could not be written to {path}; choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Saved to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Open an activity to see its evaluation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{title}: evaluated once it has been held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>{title}: {verdict} — {months} months after against {months} before; {attended} of {invited} invited came.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Judged on {date}: {verdict}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Not judged yet; figures as of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Awareness before / after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Save this evaluation as a one-page PDF for the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your comment on the result</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvaluationPdf</name>
        <message>
            <location filename="../../desktop/ui/activities/evaluation_pdf.py" line="+31" />
            <source>Sales growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Net profit against cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Advertising awareness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attendees against non-attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Evaluation of a market activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Verdict of each rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The figures behind them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales of the promoted products to the attendees' organisations, {months} months after the activity against the {months} months before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Overall verdict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not judged yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+84" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <source>Actual cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-33" />
            <source>Invited / attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+27" />
            <source>Sales before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Growth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Added sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Net margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Net profit from the added sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Profit against cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Awareness change (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attendees' share change (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Non-attendees' share change (points)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Judged on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Judged by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../desktop/models/validation.py" line="+30" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lifecycle stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mobile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Fax</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hospital grade</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ownership</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Credit rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Birth month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Birth year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Patient code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Our prescriptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Total prescriptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Visit type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Date and time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quantity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Due date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Week start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Committed response deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Day 0 (date the rep learned of it)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Patient identifier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Patient's age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Patient's sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Onset date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Authority reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Handler</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reporter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Adverse event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Calls a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drug class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Call report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Complaint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Licence no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Department phones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drug committee members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Device committee members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Organisation structure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Display name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Starts on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ends on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Months evaluated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Awareness before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Awareness after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Budget</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Actual cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Expected attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+286" />
            <source>Occasion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Call cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Taken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/common/texts.py" line="+20" />
            <source>Customer code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Website</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Legal representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Doctors</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Beds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Bank account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Purchase process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Chief physicians</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Associate chief physicians</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attending physicians</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resident physicians</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Drug admission process</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Licensing authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Floor area (m²)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Parent company</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Categories sold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dedicated counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Registered capital (10k CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Business scope</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>GSP certified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>GSP certificate no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Local ranking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hospitals covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Pharmacies covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Marital status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Education</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>University</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hometown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Academic specialty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Personality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hobbies</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Social roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Committee roles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Best time to call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Consent recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Lot / batch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reporter contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Event onset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reminder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Duration (minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/figures_entry.py" line="+28" />
            <source>Outpatient volume</source>
            <extracomment>The figures of a month, in the form's order; whole numbers except the amounts.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Purchase amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales volume</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales amount</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Clinic days</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FiguresDialog</name>
        <message>
            <location filename="../../desktop/ui/customers/figures_dialog.py" line="+174" />
            <source>Figures are stored for this month: correct them and save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No figures yet for this month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Enter figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Figures of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The customer as a whole</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FiguresTab</name>
        <message>
            <location filename="../../desktop/ui/customers/figures_tab.py" line="-63" />
            <source>Prescription share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Our prescription share by month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Outpatient visits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Prescriptions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prescriptions: total (solid) and ours (dashed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Purchases (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sales (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{line}: ours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+114" />
            <location line="+5" />
            <source>All drug classes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-1" />
            <source>Customer total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+34" />
            <source>No figures recorded for this customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No figures of this kind recorded for this customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>× 10,000</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+43" />
            <source>Enter figures…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <location filename="../../desktop/ui/activities/filters.py" line="-37" />
            <location filename="../../desktop/ui/customers/view.py" line="-275" />
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/customers/view.py" line="+1" />
            <source>All tiers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>All stages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/activities/filters.py" line="-2" />
            <location filename="../../desktop/ui/calls/view.py" line="+35" />
            <source>All statuses</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="+1" />
            <source>All types</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../desktop/ui/common/keys.py" line="+9" />
            <source>Today, Customers, Calls, Plans, Activities, Desk, Follow-ups, Complaints, Conflicts, Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>on a planned call in Today: log it, customer and products filled in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>log a call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>find a customer: name, pinyin or initials (zw = 张伟)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>capture a complaint or a suspected adverse reaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>in a call report: submit it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../desktop/ui/first_run/dialog.py" line="+179" />
            <source>That is not a server address. Ask IT for it; it looks like https://rounds.example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+29" />
            <location line="+2" />
            <source>Welcome to Rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Where does your data come from?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A few keys that save time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Your customers, calls, plans and follow-ups, on this laptop, with or without a network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rounds keeps everything on this laptop and syncs with your organisation's server whenever there is a network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Every screen works with the keyboard. This list is also in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Choose the language of the interface. You can change it at any time in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>My organisation's server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign in with the user name IT gave you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Explore with demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>as a medical representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>as a regional manager (approvals, team)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A made-up territory in Beijing, Tianjin and Hebei, on this computer only. Nothing is sent anywhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Work offline for now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Start with an empty list; connect to a server later in Settings.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Step {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Next</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpEditor</name>
        <message>
            <location filename="../../desktop/ui/follow_ups/editor_dialog.py" line="+126" />
            <source>New follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Remind me at a time of my own (else on the due date at the usual hour)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>what to do, e.g. bring the trial data</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <location filename="../../desktop/ui/follow_ups/view.py" line="-27" />
            <source>1 hour</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>3 hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tomorrow morning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Next week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>To tomorrow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>By a week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To another date…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+207" />
            <location line="+5" />
            <location line="+57" />
            <source>Cancel follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-61" />
            <source>Cancel “{title}” for {customer}? It stays in the list as cancelled and will not remind you again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+32" />
            <source>A call report's next step becomes a follow-up with its due date, or create one with New follow-up; reminders come from the tray.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Show done and cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New follow-up…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-26" />
            <source>{overdue} overdue · {today} due today · {open} open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No open follow-ups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Mark done (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open customer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InviteesTab</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/activities/invitees_tab.py" line="+134" />
            <source>%n customer(s) match.</source>
            <translation>
                <numerusform>%n customer matches.</numerusform>
                <numerusform>%n customers match.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The segment is invited when you save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+12" />
            <source>Add customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Or a whole segment:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Department name, e.g. 心内科</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invite segment</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Keyring</name>
        <message>
            <location filename="../../desktop/keyring_access.py" line="+15" />
            <source>Rounds keeps your sign-in and the key that encrypts your local data only in the operating system's secure password store (keyring) and never in a plain file, but no usable keyring was found{why}. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet, e.g. `apt install gnome-keyring`); Windows and macOS have one built in. To choose a backend explicitly, set the environment variable PYTHON_KEYRING_BACKEND (for example PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring) or write keyringrc.cfg; `python -m keyring diagnose` shows where keyring looks. Ask IT if unsure.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message>
            <location filename="../../desktop/domain/kpi_figures.py" line="+22" />
            <source>{made} calls made of {planned} planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{visited} of {customers} tier-{tier} customers called at least once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{calls} calls to tiered customers against {target} asked by the tier targets ({days} days).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{done} planned calls done of {due} due ({missed} missed).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{ours} of {total} prescriptions are ours; change on the period before: {change}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales {sales} CNY against a quota of {quota} CNY.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{calls} calls / {sales_wan} in 10k CNY (万元) of sales.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activity costs {cost} CNY against sales of {sales} CNY.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{on_time} of {due} complaints due were answered by their committed deadline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{within} of {cases} suspected adverse reactions reached pharmacovigilance (receipt acknowledged) within 24 hours of Day 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Monthly figures: see the month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Nothing to count in this period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/quotas.py" line="+32" />
            <source>Sales {sales} CNY against a quota of {quota} CNY ({months}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Run rate: {ytd} CNY in {months} months, × 12 / {months}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Last year's {last_year} CNY × this year's growth on the same months ({growth}).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LateTexts</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/common/pills.py" line="+100" />
            <source>%n d left</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>%n d left</numerusform>
                <numerusform>%n d left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n h left</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>%n h left</numerusform>
                <numerusform>%n h left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n min left</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>%n min left</numerusform>
                <numerusform>%n min left</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Due now</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Late by %n d</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>Late by %n d</numerusform>
                <numerusform>Late by %n d</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Late by %n h</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>Late by %n h</numerusform>
                <numerusform>Late by %n h</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Late by %n min</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>Late by %n min</numerusform>
                <numerusform>Late by %n min</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Done late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Done on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Received late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Received on time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desktop/ui/sync/login_dialog.py" line="+98" />
            <source>Enter the server, your user name and your password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Signing in…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+14" />
            <source>Could not sign in: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Sign in to Rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sign in once with the account IT gave you. Afterwards Rounds works offline and syncs whenever it can.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/views.py" line="+11" />
            <source>Today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-ups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Complaint figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Complaint queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>PV desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="+177" />
            <source>Suspected adverse reaction ({customer}): no PV receipt after {hours} h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Follow-up due: {customer} — {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+216" />
            <source>Field CRM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Opening your data…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Log a call…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Find a customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Capture a complaint…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>New customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-2" />
            <source>Rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open Rounds</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MarkLostDialog</name>
        <message>
            <location filename="../../desktop/ui/customers/lost_dialog.py" line="+55" />
            <source>Choose why the customer was lost: the reason is what your manager's count of lost customers is made of.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>Not saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Mark {name} lost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{name} will be listed as lost (流失) and no longer among the customers at risk. Say why; your manager sees the reasons counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Note (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>What happened, e.g. which competitor, since when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Choose a reason…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message>
            <location filename="../../desktop/domain/metrics.py" line="+27" />
            <source>Prescription share of {drug_class} fell from {start} to {end}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MetricsSheet</name>
        <message>
            <location filename="../../desktop/domain/metrics_sheet.py" line="+61" />
            <source>The first row must name the columns; missing: {columns}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{column}: empty; every row needs the month its figures are of.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{column}: '{value}' is not a month; write it as 2026-03, 2026/3 or 2026年3月.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>customer: empty; give the customer code (客户编码) or the customer's name (客户).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{column}: no customer has the id '{value}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{column}: no customer has the code '{value}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{column}: there is no customer '{value}' in the archive; check the spelling or give the code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{column}: no customer '{value}' at '{organisation}' in '{city}'; check the organisation and city.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{column}: {count} customers are called '{value}'; give the code or the organisation and city.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{column}: there is no product '{value}' in the product list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{column}: '{value}' is a {product_class} product, not {drug_class}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{column}: '{value}' is not a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{column}: '{value}' is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{column}: {value} is below zero; figures cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{column}: our prescriptions ({value}) are more than the total prescriptions ({total}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>the row has no figures; give at least one of outpatient, prescriptions, purchases or sales.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{column}: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Phone</name>
        <message>
            <location filename="../../desktop/ui/common/texts.py" line="+92" />
            <source>{number} ext. {extension}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{number} ({note})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Not read as a number (kept as written): {parts}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanExport</name>
        <message>
            <location filename="../../desktop/ui/plans/export.py" line="+23" />
            <source>Day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Products</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Why planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Planned calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Calls this week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Compliance %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>A-tier customers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A-tier coverage %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Attainment A %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Attainment B %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Attainment C %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open complaints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Complaints overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Call plan {name} — {week}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Status: {status} · revision {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Manager's comment: {comment}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanReason</name>
        <message>
            <location filename="../../desktop/domain/plan_suggestions.py" line="+16" />
            <source>Open complaint, response due {deadline}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up overdue since {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up due {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Tier {tier}: {done} of {target} calls this month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Not visited for {days} days</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Never visited</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <location filename="../../desktop/ui/plans/approvals_view.py" line="-11" />
            <source>No plan opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{name} — {week}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Approvals are for regional managers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No plan is waiting for your decision.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Plans waiting for approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Comment (required to return a plan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>What should the representative change?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Return with comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+389" />
            <source>Open call report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/hub.py" line="+50" />
            <source>Approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/notifier.py" line="+19" />
            <source>{manager} approved your plan for {week}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{manager} returned your plan for {week}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Comment: {comment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Call plan decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/plan_panel.py" line="+68" />
            <source>{status} · revision {revision} · compliance {compliance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>submitted {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Manager's comment: {comment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <location filename="../../desktop/ui/plans/week_view.py" line="-22" />
            <source>The server refused a change of this plan:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+25" />
            <source>Planned call</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Time slot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Objective</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 09:30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_view.py" line="-188" />
            <source>Sign in to plan your calls.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+163" />
            <source>Export the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/team_view.py" line="+134" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+6" />
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+0" />
            <source>The file could not be written ({error}); choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+4" />
            <source>Exported to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_view.py" line="+19" />
            <source>Returned by your manager: {comment} — revise the plan, change it and submit it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+24" />
            <source>Returned: revise the plan to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Drag calls between days, or Ctrl+←/→ (day) and Ctrl+↑/↓ (order).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/team_view.py" line="+22" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+4" />
            <source>This week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+1" />
            <source>Previous week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+1" />
            <source>Next week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_view.py" line="+1" />
            <source>Submit for approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/team_view.py" line="+1" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+1" />
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_view.py" line="+1" />
            <source>Plan as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan as Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add customer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Slot and objective…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-28" />
            <location line="+29" />
            <source>Log this call…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_side_panel.py" line="+53" />
            <source>Calls planned against the tier targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Add all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Suggestions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Status and history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/team_view.py" line="-43" />
            <source>Team — {week}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Export the team summary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>The team view is for regional managers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Team summary as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team summary as Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/texts.py" line="+15" />
            <source>Submitted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reopened for revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Not allowed for your role or region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This status change is not allowed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The plan is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Invalid values</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Deleted on the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Refers to a record that is missing or not yours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Refused by the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+13" />
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>M/d</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Week of {start} – {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/table_models.py" line="-7" />
            <source>{n} overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>next {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_view.py" line="-22" />
            <source>Submitted: withdraw the plan to change its calls.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Approved: revise the plan to change it; it then needs approval again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/team_view.py" line="-3" />
            <source>Call targets…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/plans/targets_dialog.py" line="+52" />
            <source>Call targets of the region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Calls a month each customer of a tier should get. Your representatives receive the targets at their next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Tier {tier}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PvDesk</name>
        <message>
            <location filename="../../desktop/ui/common/pills.py" line="+35" />
            <source>Reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Waiting for receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/pv_words.py" line="+27" />
            <source>{stage} · Day 0 {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Pharmacovigilance receipt: {clock} · {stage} · Day 0 {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PvDeskView</name>
        <message>
            <location filename="../../desktop/ui/complaints/pv_desk.py" line="+89" />
            <source>{product} — {customer}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Patient: {initials}, {age}, {sex}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Lot: {lot}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reaction: {reaction}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Onset: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Day 0: {moment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Receipt acknowledged: {moment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Reported to the authority: {moment} (ref. {reference})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>{shown} cases · {waiting} waiting for receipt · {late} late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+18" />
            <source>Type the authority's reference for this report first (as the authority gave it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+21" />
            <source>Pharmacovigilance desk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Open cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>All cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledge receipt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Authority &amp;reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>e.g. the ADR report number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Mark reported to the authority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No open adverse-reaction cases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A rep's suspected adverse reaction arrives here with its 24-hour clock as soon as it syncs.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QaQueueView</name>
        <message>
            <location filename="../../desktop/ui/complaints/qa_queue.py" line="+72" />
            <source>Answer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>{n} assigned to you · {late} late</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+19" />
            <source>My complaint queue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show answered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No complaint is assigned to you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The region's manager or the company's rule per kind assigns complaints; they arrive here with the next sync.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuotaChart</name>
        <message>
            <location filename="../../desktop/ui/desk/quota_chart.py" line="+68" />
            <source>Nothing to draw yet: no quota and no sales figures for this choice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>{name}: quota and sales by month (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+10" />
            <source>M{month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuotaSplit</name>
        <message>
            <location filename="../../desktop/ui/desk/quota_split.py" line="+23" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>M{month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Allocated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quota to split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>“{text}” is not an amount: type a number of CNY, such as 12500.</source>
            <extracomment>From this amount in a cell on, the table counts in 10k CNY (万元), as the business does: thirteen columns of "176,064,400" do not fit beside the navigation at 1280 px.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A quota cannot be negative: type 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+138" />
            <source>Not saved yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuotasTab</name>
        <message>
            <location filename="../../desktop/ui/desk/quotas_tab.py" line="+221" />
            <source>The split was not saved: {error}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Saved as a draft: %n month(s) changed. The split syncs with the server and waits for approval.</source>
            <translation>
                <numerusform>Saved as a draft: %n month changed. The split syncs with the server and waits for approval.</numerusform>
                <numerusform>Saved as a draft: %n months changed. The split syncs with the server and waits for approval.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Saved: %n month(s) changed. The split syncs with the server.</source>
            <translation>
                <numerusform>Saved: %n month changed. The split syncs with the server.</numerusform>
                <numerusform>Saved: %n months changed. The split syncs with the server.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>No quota for {product} in {year} yet. An administrator loads the region's quota (rounds-server quota set); it arrives with the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{rep} has no share of the {year} quota for {product} yet: split the region's quota over the representatives first and save it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>No representative owns a territory of your region yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{rep} has no hospital among their customers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Quotas are split by a region's manager; this account has no region.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Pick a product to split its quota.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quota to split: {amount} CNY.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Amounts in the table in 10k CNY (万元).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Edited, not saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Suggested in proportion to last year's sales; not saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Saved; %n line(s) waiting for approval.</source>
            <translation>
                <numerusform>Saved; %n line waiting for approval.</numerusform>
                <numerusform>Saved; %n lines waiting for approval.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved and approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>{rep} keeps {amount} CNY for customers beyond these hospitals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Shares differ from the quota in: {months}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>M{month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <source>Region → representatives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>{rep} → hospitals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Achievement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Suggest from last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Start again from the split in proportion to last year's sales of the product.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Save split</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RegionActivitiesView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/activities/region_view.py" line="+130" />
            <source>%n activity(ies), budget {budget}, spent {spent}</source>
            <translation>
                <numerusform>%n activity, budget {budget}, spent {spent}</numerusform>
                <numerusform>%n activities, budget {budget}, spent {spent}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n waiting for your decision</source>
            <translation>
                <numerusform>%n waiting for your decision</numerusform>
                <numerusform>%n waiting for your decision</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Export activities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Exporting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Exported to {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>The export failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Results chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No activity in your region matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activities your representatives plan show here.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReminderScheduler</name>
        <message>
            <location filename="../../desktop/ui/follow_ups/reminders.py" line="+79" />
            <source>Follow-up due: {customer}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsChart</name>
        <message>
            <location filename="../../desktop/ui/activities/results_chart.py" line="+110" />
            <source>No held activity among those listed yet: results show here once an activity has been held.</source>
            <extracomment>The bands: (value on the chart's scale, colour token).</extracomment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n held activity(ies) listed, none with sales figures to judge by yet.</source>
            <translation>
                <numerusform>%n held activity listed, with no sales figures to judge by yet.</numerusform>
                <numerusform>%n held activities listed, none with sales figures to judge by yet.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sales growth (%) — bands at 6.83 % and 3 %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Return on cost (×) — bands at 1.5×, 1× and 0.5×</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RuleSettings</name>
        <message>
            <location filename="../../desktop/ui/desk/rule_settings.py" line="+28" />
            <source>months in a row</source>
            <extracomment>Each rule's threshold: (lowest, highest, decimals, step, what it counts).</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>× the tier's call interval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>% down on last year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>days since the move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>past its committed deadline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+72" />
            <source>Rules are set by a region's manager; this account has no region.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Saved: %n rule(s) changed. Your representatives' lists follow at their next sync.</source>
            <translation>
                <numerusform>Saved: %n rule changed. Your representatives' lists follow at their next sync.</numerusform>
                <numerusform>Saved: %n rules changed. Your representatives' lists follow at their next sync.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Save rules</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../desktop/ui/settings/view.py" line="+217" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Follow the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-5" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Keyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Appearance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Time zone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+7" />
            <source>Remind me of follow-ups at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Data file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Show reminders as desktop notifications</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-4" />
            <location line="+14" />
            <source>(set by your organisation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-215" />
            <source>Beijing time</source>
            <extracomment>Zones offered first (the field is in China), each with its name in the interface language.</extracomment>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Ürümqi</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Hong Kong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Coordinated Universal Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+143" />
            <source>Follow the system ({zone}, {offset})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Could not change how Rounds starts with your session: {error}. Check that you may write to {place}, or ask IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+37" />
            <source>Start with my session, in the tray</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rounds starts hidden in the system tray when you sign in to the computer, so follow-up reminders reach you before you open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Not available on this system.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>None — working offline only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <location filename="../../desktop/ui/app.py" line="+374" />
            <source>Rounds cannot open your data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The local database could not be opened: {error}

Your data is in {folder}. Close other copies of Rounds and try again; if it keeps failing, send the log file {log} to IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/no_display.py" line="+24" />
            <source>Rounds cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Rounds in a desktop session. To check the installation on a machine without a display, run: {command}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/store/engine.py" line="+36" />
            <source>The local data in {path} is encrypted, and its key is not in this computer's keyring (service "{service}"), so it cannot be read. This happens when the keyring was reset or the file was copied from another computer or folder. If the account syncs with a server, move the file aside and sign in again to download your data; changes not yet sent are in that file only. Ask IT if unsure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>The local data in {path} cannot be opened with the key kept for it in this computer's keyring: the file is damaged, or it was encrypted with another key (copied from another computer, or its key was replaced). If the account syncs with a server, move the file aside and sign in again to download your data; changes not yet sent are in that file only. Ask IT if unsure.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SurveyDialog</name>
        <message>
            <location filename="../../desktop/ui/surveys/survey_dialog.py" line="+111" />
            <source>Satisfaction survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>{customer} — {occasion}. Ask the questions and note the answers as given; leave out what the customer does not answer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>1 = very dissatisfied … 5 = very satisfied</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SurveyResultsPanel</name>
        <message>
            <location filename="../../desktop/ui/surveys/results_panel.py" line="+93" />
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+11" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+20" />
            <source>Mean satisfaction (1–5) per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+35" />
            <source>{question}: {mean} ({count} answers)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>By question — </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Surveys from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>In the customers' words</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <location filename="../../desktop/domain/surveys.py" line="+39" />
            <source>Answer at least one question: a survey without answers is not recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+15" />
            <source>Tier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SurveysView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/surveys/view.py" line="+87" />
            <source>%n survey(s) to take: after a closed complaint, and after last month's calls with a customer.</source>
            <translation>
                <numerusform>%n survey to take: after a closed complaint, and after last month's calls with a customer.</numerusform>
                <numerusform>%n surveys to take: after a closed complaint, and after last month's calls with a customer.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>No survey to take now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A survey becomes due when a complaint is closed, and for each customer you called last month.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Customer satisfaction</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To survey</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Results by group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Take survey…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../desktop/sync/errors.py" line="+93" />
            <source>The server cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This computer's access was revoked by an administrator, so Rounds deleted its data on this computer (customers, call reports and changes not yet sent) and signed you out. Sign in again or contact IT.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Your password was reset or your account was deactivated, so you were signed out. Sign in again; changes not yet sent are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This version of Rounds cannot sync with the server. Update the app (or ask IT to update the server).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No secure password store (keyring) is available.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncNoticeBar</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/sync/notice.py" line="+51" />
            <source>The server was restored from a backup. Rounds sent again %n change(s) the server had lost and downloaded everything afresh.</source>
            <translation>
                <numerusform>The server was restored from a backup. Rounds sent again %n change the server had lost and downloaded everything afresh.</numerusform>
                <numerusform>The server was restored from a backup. Rounds sent again %n changes the server had lost and downloaded everything afresh.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server was restored from a backup. None of your changes were lost; Rounds downloaded everything afresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+6" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <location filename="../../desktop/ui/sync/status.py" line="+15" />
            <source>Offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Syncing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sync failed, will retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This device was signed out by IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Working offline only (no server set)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+55" />
            <source>%n change(s) kept on this computer</source>
            <translation>
                <numerusform>%n change kept on this computer</numerusform>
                <numerusform>%n changes kept on this computer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n change(s) not yet sent</source>
            <translation>
                <numerusform>%n change not yet sent</numerusform>
                <numerusform>%n changes not yet sent</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>All changes sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+3" />
            <source>Last sync: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Never synced</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamReport</name>
        <message>
            <location filename="../../desktop/domain/team_report.py" line="+49" />
            <source>KPIs by rep and period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quota achievement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customers at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <location line="+129" />
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-129" />
            <source>Week</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+101" />
            <location line="+26" />
            <location line="+16" />
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="-41" />
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Calls made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Calls planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Calls against plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A-tier coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>B-tier coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>C-tier coverage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Frequency attainment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan compliance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Prescription share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Share change on the period before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Sales against quota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Calls per 10k CNY of sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Activity cost against sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Complaints answered on time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Adverse reactions reported within 24 h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Hospital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Quota (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Achievement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Quota year to date (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Sales year to date (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Achievement year to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Forecast for the year, run rate (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Forecast for the year, on last year (CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Customer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/plans/team_view.py" line="-15" />
            <source>%n representative(s)</source>
            <translation>
                <numerusform>%n representative</numerusform>
                <numerusform>%n representatives</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n plan(s) approved</source>
            <translation>
                <numerusform>%n plan approved</numerusform>
                <numerusform>%n plans approved</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{waiting} waiting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>team compliance {compliance}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n call(s) this week</source>
            <translation>
                <numerusform>%n call this week</numerusform>
                <numerusform>%n calls this week</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../desktop/ui/today/columns.py" line="-140" />
            <source>To do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+62" />
            <source>never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+40" />
            <source>Quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Suspected ADR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Delivery</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/ui/today/view.py" line="+251" />
            <source>Planned calls (Enter logs the call)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Follow-ups due or overdue ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Complaints nearing their deadline ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Customers overdue for a visit by tier ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Customers at risk ({n})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Customers at risk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+4" />
            <source>Showing the {shown} most urgent of {total}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+5" />
            <source>You have no calls of your own today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Your team's plans are under Plans (Ctrl+4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>No calls planned for today.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Plan your week under Plans (Ctrl+4); its calls show here on their day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Nothing due. Well done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A call report's next step becomes a follow-up and shows here on its due date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No complaint is close to its deadline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Capture one with Ctrl+Shift+N; its committed deadline is watched here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Every customer is within their visit frequency.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A customer shows here once their tier's call target is missed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>No customer of yours is at risk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A customer shows here, with the reason, when their share or purchases fall, a complaint runs late or calls stop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>Reading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+8" />
            <source>Today, {date}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Today, {date}: your team has logged {logged} of %n planned call(s)</source>
            <translation>
                <numerusform>Today, {date}: your team has logged {logged} of %n planned call</numerusform>
                <numerusform>Today, {date}: your team has logged {logged} of %n planned calls</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Today, {date}: {logged} of %n planned call(s) logged</source>
            <translation>
                <numerusform>Today, {date}: {logged} of %n planned call logged</numerusform>
                <numerusform>Today, {date}: {logged} of %n planned calls logged</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../desktop/models/validation.py" line="-287" />
            <source>{field} is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be one of: {choices}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be six digits, e.g. 100730.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be an 11-digit mobile number starting with 1, e.g. 13812345678.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} must contain a phone number, e.g. 010-69156114 or 13812345678.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be an e-mail address such as name@example.com.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be a month written YYYY-MM, e.g. 2026-03.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} cannot be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be between {low} and {high}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} cannot be more than {other}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} cannot be earlier than {other}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} is not kept for patients (privacy); leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} is longer than {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} is required for a suspected adverse reaction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+267" />
            <source>{field}: a scale is answered 1 to 5 and a text in at most {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/figures_entry.py" line="+2" />
            <source>{field} must be a whole number, e.g. 120.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be a number, e.g. 1250.50.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enter at least one figure.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <location filename="../../desktop/ui/activities/checkin_dialog.py" line="-165" />
            <source>Add a walk-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+9" />
            <source>Enter the person's name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WeekModel</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/plans/week_model.py" line="+109" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n call</numerusform>
                <numerusform>%n calls</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <location filename="../../desktop/domain/workflows.py" line="+44" />
            <source>A complaint moves one step at a time: from {old} it can only go to {allowed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The complaint is closed; it cannot change any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A suspected adverse reaction can only be closed once it has been reported to pharmacovigilance.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Record the customer's satisfaction (1–5) before marking it recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+23" />
            <source>Only the pharmacovigilance desk (role pv) acknowledges receipt of a case and marks it reported to the authority.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A complaint is assigned to an active complaint handler (role qa) of its region or of the whole company.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A complaint is assigned to a handler by the region's manager, or by the company's rule for its kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+2" />
            <source>This customer already answered the survey of this call cycle (taken on another device); this second survey was not recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This customer already answered the survey of this complaint (taken on another device); this second survey was not recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The pharmacovigilance desk records receipt and reports of existing cases; it does not create or delete complaints.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only suspected adverse reactions go to the pharmacovigilance desk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The pharmacovigilance desk records receipt and the report to the authority; the rest of a case is the representative's.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Receipt and reports are signed with your own account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledge receipt of the case before marking it reported to the authority.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A handler works on the complaints assigned to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A handler answers a complaint (progress and resolution); its capture and assignment are not theirs to change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A handler starts and resolves a complaint; the representative reports the answer to the customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A handler records the steps of the complaints assigned to them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+17" />
            <source>A {role} cannot move a plan from {old} to {new}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The plan is {status}; withdraw or revise it before changing its calls.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The plan is already {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only the approving manager writes the decision and its comment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Say why the plan is returned: a comment is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+38" />
            <source>This call report was submitted and is locked; record a correction instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+45" />
            <source>The activity's {party} cannot move it from {old} to {new}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only the activity's owner or the manager of its region can change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Say why the activity is returned: a comment is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>An activity is evaluated with a verdict; evaluate it from its figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The activity is {status}; revise it (it goes back to draft and needs approval again) before changing its plan, products or budget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The activity is {status}; it cannot change any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The activity is evaluated; only the evaluation comment can change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only the manager of the region decides on the activity, enters the survey figures and evaluates it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Revising an activity raises its revision by one; other moves keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The verdict is written when the held activity is evaluated, and only then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The activity is {status}; check-ins, walk-ins and actual costs are recorded once it is approved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only the activity's owner plans it: its kind, title, dates, place and invitations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Only the activity's owner changes its products, invitees and costs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+121" />
            <source>The follow-up was cancelled; it cannot change any more. Create a new one if the work is needed after all.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>A follow-up cannot go from {old} to {new}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/plan_week.py" line="+297" />
            <source>You have no territory yet, so there is nothing to plan; ask your administrator to assign one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/team.py" line="+175" />
            <source>Only a regional manager sets the call targets of a region.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/complaint_desk.py" line="+30" />
            <source>A complaint is assigned to a handler by the region's manager.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Choose an active complaint handler.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The complaint is {status}; only a complaint not yet answered can be assigned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>This complaint is assigned to another handler.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Write the answer for the customer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The complaint is {status}; a handler answers a complaint assigned to them that is not yet resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/complaint_routes.py" line="+15" />
            <source>Assigned by the company's rule for this kind of complaint.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../desktop/domain/pv_clock.py" line="+36" />
            <source>This complaint is not a suspected adverse reaction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>Enter the authority's reference for the report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location line="+1" />
            <source>The case was already reported to the authority.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>