<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
    <context>
        <name>AchievementPanel</name>
        <message>
            <location filename="../../desktop/ui/desk/quota_achievement.py" line="+187" />
            <source>No sales figures for {year} yet</source>
            <translation>{year} 年还没有销售数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Achievement shows once the month's sales are imported (rounds-server import metrics) and synced.</source>
            <translation>当月销售额导入（rounds-server import metrics）并同步后，这里显示达成情况。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nothing to show</source>
            <translation>暂无内容</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a product with a quota.</source>
            <translation>请选择一个有指标的产品。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No sales figures for this product and period yet: the quota is shown, achievement follows once the figures are imported.</source>
            <translation>该产品在此期间还没有销售数据：先显示指标，数据导入后显示达成。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year to date</source>
            <translation>年初至今</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Month {month}</source>
            <translation>{month} 月</translation>
        </message>
    </context>
    <context>
        <name>Activities</name>
        <message>
            <location filename="../../desktop/domain/activity_reminders.py" line="+49" />
            <source>Invite to {title}</source>
            <translation>邀请参加{title}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invite {segment} to {title}</source>
            <translation>邀请{segment}参加{title}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evaluate {title}</source>
            <translation>评估{title}</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/activities.py" line="+44" />
            <source>{tier}-tier {kind}</source>
            <translation>{tier}类{kind}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{tier}-tier {kind}, {department}</source>
            <translation>{tier}类{kind}，{department}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/activities/filters.py" line="+18" />
            <source>Any time</source>
            <translation>全部时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From today on</source>
            <translation>今天及以后</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This quarter</source>
            <translation>本季度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last 12 months</source>
            <translation>最近 12 个月</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/activities/texts.py" line="+16" />
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revise</source>
            <translation>修改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark held</source>
            <translation>标记为已举办</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel activity</source>
            <translation>取消活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Return with comment</source>
            <translation>退回并附意见</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Submitted</source>
            <extracomment>How the history names each move once made.</extracomment>
            <translation>已提交</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopened for revision</source>
            <translation>已重新打开修改</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Held</source>
            <translation>已举办</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evaluated</source>
            <translation>已评估</translation>
        </message>
    </context>
    <context>
        <name>ActivitiesView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/activities/list_view.py" line="+107" />
            <source>%n activity(ies), budget {budget}, spent {spent}</source>
            <translation>
                <numerusform>%n 个活动，预算 {budget}，实际 {spent}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+61" />
            <source>New activity…</source>
            <translation>新建活动…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No activity here yet</source>
            <translation>暂无活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan a meeting, a salon or a campaign with New activity…</source>
            <translation>点击“新建活动…”策划会议、沙龙或推广活动</translation>
        </message>
    </context>
    <context>
        <name>ActivityEditor</name>
        <message>
            <location filename="../../desktop/ui/activities/editor_dialog.py" line="+141" />
            <source>Give the activity a title.</source>
            <translation>请填写活动名称。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The activity cannot end before it starts.</source>
            <translation>活动结束日期不能早于开始日期。</translation>
        </message>
        <message>
            <location line="+38" />
            <source>New activity</source>
            <translation>新建活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit activity</source>
            <translation>编辑活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>方案</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Invitees</source>
            <translation>邀请对象</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Title</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Products</source>
            <translation>产品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>From – to</source>
            <translation>起止日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Expected attendance</source>
            <translation>预计人数</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. 心内科 department meeting on 络活喜</source>
            <translation>例如：络活喜心内科科室会</translation>
        </message>
    </context>
    <context>
        <name>ActivityFilters</name>
        <message>
            <location filename="../../desktop/ui/activities/filters.py" line="+36" />
            <source>All products</source>
            <translation>全部产品</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
    </context>
    <context>
        <name>ActivityPanel</name>
        <message>
            <location filename="../../desktop/ui/activities/detail_panel.py" line="+185" />
            <source>No activity opened</source>
            <extracomment>Moves that need the comment box (returning needs a comment; approving may have one).</extracomment>
            <translation>未打开活动</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Products: {names}</source>
            <translation>产品：{names}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Manager: {comment}</source>
            <translation>经理意见：{comment}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n invited</source>
            <translation>
                <numerusform>邀请 %n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n attended</source>
            <translation>
                <numerusform>到场 %n 人</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n expected</source>
            <translation>
                <numerusform>预计 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>budget {budget}, spent {spent}</source>
            <translation>预算 {budget}，实际 {spent}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>verdict: {verdict}</source>
            <translation>评估结论：{verdict}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Invitees</source>
            <translation>邀请对象</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Budget and spending</source>
            <translation>预算与花费</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calls around it</source>
            <translation>相关拜访</translation>
        </message>
        <message>
            <location line="+0" />
            <source>History</source>
            <translation>历史记录</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Comment (required to return an activity)</source>
            <translation>意见（退回活动时必填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What should the representative change?</source>
            <translation>需要代表修改什么？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>On the day…</source>
            <translation>活动当天…</translation>
        </message>
    </context>
    <context>
        <name>ActivityReport</name>
        <message>
            <location filename="../../desktop/domain/activity_report.py" line="+47" />
            <source>Market activities</source>
            <translation>市场活动</translation>
        </message>
        <message>
            <location line="+183" />
            <source>Title</source>
            <translation>活动名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>活动类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Representative</source>
            <translation>医药代表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Products</source>
            <translation>产品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Starts</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ends</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget (CNY)</source>
            <translation>预算（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual cost (CNY)</source>
            <translation>实际费用（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invited</source>
            <translation>邀请人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attended</source>
            <translation>到会人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales growth</source>
            <translation>销售增长率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales growth verdict</source>
            <translation>销售增长评价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profit multiple</source>
            <translation>利润/费用倍数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profit verdict</source>
            <translation>利润评价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awareness change (points)</source>
            <translation>知名度变化（百分点）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Awareness verdict</source>
            <translation>知名度评价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share change vs. non-attendees (points)</source>
            <translation>处方比例变化较未参会者（百分点）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Control verdict</source>
            <translation>对照评价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Overall verdict</source>
            <translation>总体评价</translation>
        </message>
    </context>
    <context>
        <name>AdrSection</name>
        <message>
            <location filename="../../desktop/ui/calls/adr_section.py" line="+208" />
            <source>Required</source>
            <extracomment>The case's fields, in the order shown (named as the complaint's, as errors name them). The minimum case: all but the lot, which a caller often cannot read off the pack.</extracomment>
            <translation>必填</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Suspected adverse reaction reported during this call</source>
            <translation>本次拜访中获知疑似不良反应</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suspected adverse reaction — minimum case</source>
            <translation>疑似不良反应——最低病例信息</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saving creates the case for pharmacovigilance at once, Day 0 = the call's date. No full names: initials only.</source>
            <translation>保存后立即为药物警戒创建病例，第 0 天 = 拜访日期。请勿填写全名，只填姓名缩写。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Patient initials</source>
            <translation>患者姓名缩写</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Age</source>
            <translation>年龄</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suspect product</source>
            <translation>怀疑药品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lot</source>
            <translation>批号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reaction</source>
            <translation>不良反应</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Onset</source>
            <translation>发生日期</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not given</source>
            <translation>未填写</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. W.Z.</source>
            <translation>例如 W.Z.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What happened, how severe, outcome so far</source>
            <translation>发生了什么、严重程度、目前转归</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <location filename="../../desktop/ui/complaints/answer_dialog.py" line="+66" />
            <source>Write the answer first: it is what the rep will tell the customer.</source>
            <translation>请先填写答复：代表将把它转告客户。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Answer the complaint</source>
            <translation>答复投诉</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Answer to the customer</source>
            <translation>给客户的答复(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What was found, what the company does about it, and what the customer can expect</source>
            <translation>调查发现了什么、公司采取了哪些措施、客户可以期待什么</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved on this computer at once and sent with the next sync; the rep reports it to the customer and records their satisfaction.</source>
            <translation>立即保存在本机，并随下次同步发送；由代表转告客户并记录客户满意度。</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/plans/approvals_view.py" line="+226" />
            <source>%n plan(s) waiting.</source>
            <translation>
                <numerusform>%n 份计划待审批。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <location filename="../../desktop/ui/complaints/assign_dialog.py" line="+60" />
            <source>No complaint handler (role qa) is in your team's directory yet. IT creates one with rounds-server user add --role qa; it arrives with the next sync.</source>
            <translation>团队通讯录中还没有投诉处理人（qa 角色）。信息部可用 rounds-server user add --role qa 创建，下次同步后即可选择。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Choose the handler first.</source>
            <translation>请先选择处理人。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Assign the complaint</source>
            <translation>分派投诉</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Handler</source>
            <translation>处理人(&amp;H)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The handler sees it in their queue after the next sync and answers it; you can change the handler later.</source>
            <translation>下次同步后处理人会在其队列中看到并答复；之后仍可更换处理人。</translation>
        </message>
    </context>
    <context>
        <name>AtRisk</name>
        <message>
            <location filename="../../desktop/domain/at_risk.py" line="+57" />
            <source>Prescription share fell {months} months in a row, from {start} to {end}.</source>
            <extracomment>Threshold of each rule when the region has not set one.</extracomment>
            <translation>处方份额连续{months}个月下降，从{start}降至{end}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No call for {days} days; tier {tier} asks for one every {interval} days.</source>
            <translation>已{days}天未拜访；{tier}类客户应每{interval}天拜访一次。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A complaint is past its committed deadline ({deadline}).</source>
            <translation>有投诉已超过承诺答复期限（{deadline}）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purchases down {drop} on the same months last year ({now} against {before} CNY).</source>
            <translation>采购额比去年同期下降{drop}（{now}元，去年同期{before}元）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Moved down from tier A to tier {tier} on {day}.</source>
            <translation>于{day}由A类降为{tier}类。</translation>
        </message>
    </context>
    <context>
        <name>AtRiskTab</name>
        <message>
            <location filename="../../desktop/ui/desk/at_risk_tab.py" line="+148" />
            <location line="+44" />
            <source>All representatives</source>
            <translation>全部代表</translation>
        </message>
        <message numerus="yes">
            <location line="-32" />
            <location line="+42" />
            <source>%n customer(s) at risk</source>
            <translation>
                <numerusform>%n 位客户有流失风险</numerusform>
            </translation>
        </message>
        <message>
            <location line="-12" />
            <source>Representative</source>
            <translation>代表</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mark lost…</source>
            <translation>标记为流失…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rules</source>
            <translation>预警规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customers marked lost, by reason</source>
            <translation>已流失客户（按原因）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No customer of your region is at risk</source>
            <translation>本大区暂无流失风险客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A customer shows here when a rule on the right flags them, with the reason.</source>
            <translation>右侧规则标记出的客户会连同原因显示在这里。</translation>
        </message>
    </context>
    <context>
        <name>BooleanEditor</name>
        <message>
            <location filename="../../desktop/ui/customers/field_editors.py" line="+104" />
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>否</translation>
        </message>
    </context>
    <context>
        <name>CadenceTexts</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/today/columns.py" line="+47" />
            <source>about %n call(s) a week</source>
            <translation>
                <numerusform>每周约 %n 次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n call(s) a month</source>
            <translation>
                <numerusform>每月 %n 次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+5" />
            <source>%n a week</source>
            <comment>call target, short</comment>
            <translation>
                <numerusform>每周 %n 次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n a month</source>
            <comment>call target, short</comment>
            <translation>
                <numerusform>每月 %n 次</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Due today</source>
            <translation>今天到期</translation>
        </message>
    </context>
    <context>
        <name>CallReportDialog</name>
        <message>
            <location filename="../../desktop/ui/calls/report_dialog.py" line="+278" />
            <source>Follow up on the call</source>
            <translation>拜访后续跟进</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The suspected adverse reaction is incomplete: fill in the fields marked Required.</source>
            <translation>疑似不良反应信息不完整：请填写标有“必填”的字段。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>The suspected adverse reaction is incomplete: see the fields marked beside.</source>
            <translation>疑似不良反应信息不完整：请查看旁边标出的字段。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Call report (submitted)</source>
            <translation>拜访报告（已提交）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submitted reports are locked. Use Correct… to record a correction; the original is kept.</source>
            <translation>已提交的报告已锁定。请用“更正…”记录更正，原报告会保留。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Correct a call report</source>
            <translation>更正拜访报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This report corrects a submitted one; both are kept.</source>
            <translation>本报告更正一份已提交的报告，两份都会保留。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Call report</source>
            <translation>拜访报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Date and time</source>
            <translation>日期和时间(&amp;D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visit &amp;type</source>
            <translation>拜访类型(&amp;T)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>D&amp;uration (min)</source>
            <translation>时长（分钟）(&amp;U)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity</source>
            <translation>活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendees</source>
            <translation>参与人</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Products detailed</source>
            <translation>推广产品(&amp;P)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Samples / materials</source>
            <translation>样品 / 资料</translation>
        </message>
        <message>
            <location line="+0" />
            <source>&amp;Feedback</source>
            <translation>客户反馈(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Next step</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location line="+3" />
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Listed: {shown} of the {total} people of the organisation, those of the same department first.</source>
            <translation>已列出本机构 {total} 人中的 {shown} 人，同科室的在前。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remind me on</source>
            <translation>提醒日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Add sample</source>
            <translation>添加样品(&amp;A)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save draft (Ctrl+S)</source>
            <translation>保存草稿 (Ctrl+S)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Submit (Ctrl+Enter)</source>
            <translation>提交 (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Correct…</source>
            <translation>更正…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What did the customer say? Changes you noticed?</source>
            <translation>客户说了什么？观察到哪些变化？</translation>
        </message>
        <message>
            <location line="+2" />
            <source>e.g. bring the new clinical data</source>
            <translation>例如：带去新的临床数据</translation>
        </message>
    </context>
    <context>
        <name>CallsView</name>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="+37" />
            <source>correction</source>
            <translation>更正</translation>
        </message>
        <message numerus="yes">
            <location line="+145" />
            <source>%n call report(s)</source>
            <translation>
                <numerusform>%n 份拜访报告</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n draft(s) not submitted</source>
            <translation>
                <numerusform>%n 份草稿未提交</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>No call report matches these filters.</source>
            <translation>没有符合筛选条件的拜访报告。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show all clears them.</source>
            <translation>点“显示全部”即可清除筛选。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No call reports yet.</source>
            <translation>还没有拜访报告。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log a call with Ctrl+N, or press Enter on a planned call in Today.</source>
            <translation>按 Ctrl+N 记录拜访，或在“今日”的计划拜访上按回车。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Customer: name, pinyin or hospital</source>
            <translation>客户：姓名、拼音或医院</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+2" />
            <source>any day</source>
            <translation>不限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show all</source>
            <translation>显示全部</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log a call… (Ctrl+N)</source>
            <translation>记录拜访… (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open</source>
            <translation>打开</translation>
        </message>
    </context>
    <context>
        <name>CheckInDialog</name>
        <message>
            <location filename="../../desktop/ui/activities/checkin_dialog.py" line="+172" />
            <source>{name} checked in.</source>
            <translation>{name} 已签到。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{name} did not come.</source>
            <translation>{name} 未到场。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>{name} added and checked in.</source>
            <translation>{name} 已添加并签到。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Actual costs saved.</source>
            <translation>实际费用已保存。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>The activity is marked held.</source>
            <translation>活动已标记为已举办。</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>%n came of {invited} on the list</source>
            <translation>
                <numerusform>名单 {invited} 人中到场 %n 人</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>On the day: {title}</source>
            <translation>活动当天：{title}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check-in</source>
            <translation>签到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual costs</source>
            <translation>实际费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check in</source>
            <translation>签到</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add walk-in…</source>
            <translation>添加现场来宾…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>未到场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save actual costs</source>
            <translation>保存实际费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark held</source>
            <translation>标记为已举办</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Close</source>
            <translation>关闭</translation>
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
            <translation>产品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Key message</source>
            <translation>关键信息</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Product or material</source>
            <translation>产品或资料</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot / batch</source>
            <translation>批号</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/customers/detail.py" line="+60" />
            <location filename="../../desktop/ui/customers/table_model.py" line="+28" />
            <location filename="../../desktop/ui/desk/quota_achievement.py" line="-155" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="+43" />
            <source>Activity</source>
            <translation>活动</translation>
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
            <translation>类型</translation>
        </message>
        <message>
            <location line="-16" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+29" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location line="-28" />
            <location line="+29" />
            <source>Spent</source>
            <translation>实际花费</translation>
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
            <translation>级别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendance</source>
            <translation>出席</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Checked in</source>
            <translation>签到时间</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="-162" />
            <location filename="../../desktop/ui/customers/table_model.py" line="+1" />
            <location filename="../../desktop/ui/today/columns.py" line="-128" />
            <source>Organisation</source>
            <translation>所属机构</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/customers/table_model.py" line="+1" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lifecycle</source>
            <translation>生命周期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last visit</source>
            <translation>最近拜访</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="-3" />
            <location filename="../../desktop/ui/customers/detail.py" line="+4" />
            <location filename="../../desktop/ui/desk/drill_models.py" line="+10" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="+10" />
            <location filename="../../desktop/ui/plans/table_models.py" line="-80" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/plans/table_models.py" line="+1" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/table_models.py" line="+1" />
            <location line="+23" />
            <source>Revision</source>
            <translation>版本</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="+1" />
            <location filename="../../desktop/ui/plans/table_models.py" line="-21" />
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/table_models.py" line="+7" />
            <source>Day</source>
            <translation>日期</translation>
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
            <translation>客户</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/activities/evaluation_panel.py" line="+88" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/activities/table_models.py" line="-47" />
            <source>Verdict</source>
            <translation>结论</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/ui/plans/table_models.py" line="+2" />
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="+4" />
            <location filename="../../desktop/ui/desk/at_risk_tab.py" line="+2" />
            <location filename="../../desktop/ui/desk/drill_models.py" line="-12" />
            <location filename="../../desktop/ui/plans/table_models.py" line="+7" />
            <location line="+28" />
            <source>Representative</source>
            <translation>医药代表</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/table_models.py" line="-27" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Calls</source>
            <translation>拜访</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Calls / plan</source>
            <translation>拜访 / 计划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compliance</source>
            <translation>计划执行率</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/drill_models.py" line="-20" />
            <source>Calls against plan</source>
            <extracomment>The KPIs the team level shows for each rep, with their column titles.</extracomment>
            <translation>拜访计划完成率</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/plans/table_models.py" line="+2" />
            <source>A-tier coverage</source>
            <translation>A 级覆盖率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Frequency attainment</source>
            <translation>拜访频率达成率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan compliance</source>
            <translation>计划执行率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales against quota</source>
            <translation>销售指标达成率</translation>
        </message>
        <message>
            <location line="+17" />
            <location line="+13" />
            <source>Calls made</source>
            <translation>实际拜访次数</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Sales (CNY)</source>
            <translation>销售额（元）</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/table_models.py" line="+2" />
            <source>Attainment A</source>
            <translation>A 级达成率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attainment B</source>
            <translation>B 级达成率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Attainment C</source>
            <translation>C 级达成率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open complaints</source>
            <translation>未结投诉</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Planned</source>
            <translation>已计划</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Needed a week</source>
            <translation>每周所需</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Target a month</source>
            <translation>月目标</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="+2" />
            <location filename="../../desktop/ui/customers/detail.py" line="+1" />
            <location filename="../../desktop/ui/desk/drill_models.py" line="+7" />
            <source>Type</source>
            <translation>类型</translation>
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
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="+1" />
            <location filename="../../desktop/ui/customers/detail.py" line="-11" />
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/qa_queue.py" line="-5" />
            <location filename="../../desktop/ui/complaints/view.py" line="-17" />
            <location filename="../../desktop/ui/customers/detail.py" line="+13" />
            <location filename="../../desktop/ui/today/columns.py" line="-4" />
            <source>Deadline</source>
            <translation>承诺期限</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/ui/complaints/view.py" line="+2" />
            <location filename="../../desktop/ui/follow_ups/view.py" line="-5" />
            <source>Time left</source>
            <translation>剩余时间</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/view.py" line="+4" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../desktop/ui/today/columns.py" line="-117" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/activities/table_models.py" line="-19" />
            <location filename="../../desktop/ui/complaints/view.py" line="+2" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+10" />
            <location filename="../../desktop/ui/plans/table_models.py" line="-86" />
            <location filename="../../desktop/ui/sync/conflicts_view.py" line="+62" />
            <location line="+7" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/sync/conflicts_view.py" line="-6" />
            <location line="+7" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location line="-6" />
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>My value</source>
            <translation>我的值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Value kept on the server</source>
            <translation>服务器保留的值</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Why it was refused</source>
            <translation>拒绝原因</translation>
        </message>
        <message>
            <location line="+2" />
            <source>My change</source>
            <translation>我的修改</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/customers/detail.py" line="-24" />
            <source>Title</source>
            <translation>职称</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../../desktop/ui/follow_ups/view.py" line="-2" />
            <location filename="../../desktop/ui/today/columns.py" line="+112" />
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/follow_ups/view.py" line="+5" />
            <location filename="../../desktop/ui/today/columns.py" line="+2" />
            <source>Follow-up</source>
            <translation>跟进事项</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Received</source>
            <translation>收到时间</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/follow_ups/view.py" line="+1" />
            <source>Snoozed until</source>
            <translation>推迟到</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/customers/figures_tab.py" line="+83" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drug class</source>
            <translation>药品类别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outpatient</source>
            <translation>门诊量</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Total prescriptions</source>
            <translation>处方总量</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Our prescriptions</source>
            <translation>我方处方量</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prescription share</source>
            <translation>处方比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purchases</source>
            <translation>采购额</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/ui/desk/quota_achievement.py" line="+2" />
            <source>Sales</source>
            <translation>销售额</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/today/columns.py" line="-111" />
            <source>Objective</source>
            <translation>拜访目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Report</source>
            <translation>报告</translation>
        </message>
        <message>
            <location line="+119" />
            <source>PV receipt</source>
            <translation>药物警戒签收</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/drill_models.py" line="-10" />
            <location filename="../../desktop/ui/today/columns.py" line="-16" />
            <source>Last call</source>
            <translation>最近拜访</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/today/columns.py" line="+2" />
            <source>Target</source>
            <translation>拜访目标</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/analysis_view.py" line="+60" />
            <source>Group</source>
            <translation>分组</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints</source>
            <translation>投诉数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Open</source>
            <translation>未结</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answered</source>
            <translation>已答复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Median days to answer</source>
            <translation>答复用时中位数（天）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mean days</source>
            <translation>平均天数</translation>
        </message>
        <message>
            <location line="+2" />
            <source>On time</source>
            <translation>按时率</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Late</source>
            <translation>逾期</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/pv_desk.py" line="-8" />
            <location filename="../../desktop/ui/today/escalations.py" line="-1" />
            <source>Clock</source>
            <translation>时钟</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../desktop/ui/today/escalations.py" line="+3" />
            <source>Day 0</source>
            <translation>第 0 天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Lot</source>
            <translation>批号</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reference</source>
            <translation>监管编号</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/at_risk_tab.py" line="+1" />
            <location filename="../../desktop/ui/today/columns.py" line="+22" />
            <source>Why at risk</source>
            <translation>风险原因</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customers</source>
            <translation>客户数</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/quota_achievement.py" line="-1" />
            <source>Quota</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Achieved</source>
            <translation>达成率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last year</source>
            <translation>去年同期</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forecast (run rate)</source>
            <translation>预测（按当前进度）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forecast (last year)</source>
            <translation>预测（按去年）</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/surveys/view.py" line="+1" />
            <source>After</source>
            <translation>调查时机</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Due since</source>
            <translation>应调查起始</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/today/escalations.py" line="-5" />
            <source>Waiting</source>
            <translation>等待</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Rep</source>
            <translation>代表</translation>
        </message>
    </context>
    <context>
        <name>ComplaintAnalysis</name>
        <message>
            <location filename="../../desktop/domain/complaint_analysis.py" line="+51" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot</source>
            <translation>批号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/analysis_view.py" line="-40" />
            <source>(no product)</source>
            <translation>（未填产品）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>(no lot given)</source>
            <translation>（未填批号）</translation>
        </message>
        <message>
            <location line="+18" />
            <source>repeated</source>
            <translation>重复投诉</translation>
        </message>
    </context>
    <context>
        <name>ComplaintAnalysisView</name>
        <message>
            <location line="+115" />
            <source>{complaints} complaints · {open} open · {on_time} of {due} due answered on time ({rate}) · median time to answer {days} days</source>
            <translation>投诉 {complaints} 件 · 未结 {open} 件 · 到期 {due} 件中按时答复 {on_time} 件（{rate}）· 答复用时中位数 {days} 天</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lots with repeated complaints: {lots}</source>
            <translation>重复投诉的批号：{lots}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{lot} ({count})</source>
            <translation>{lot}（{count} 件）</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Complaint analysis</source>
            <translation>投诉分析</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received from</source>
            <translation>受理日期从</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By</source>
            <translation>分组</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <location filename="../../desktop/ui/complaints/dialog.py" line="+194" />
            <source>Suspected adverse reaction — pharmacovigilance must be informed within 24 hours of Day 0.</source>
            <translation>疑似不良反应——必须在第 0 天起 24 小时内报告药物警戒部门。</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Capture complaint</source>
            <translation>登记投诉</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Adverse reaction case (minimum fields)</source>
            <translation>不良反应病例（最少必填信息）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as printed on the pack</source>
            <translation>按包装上印刷的填写</translation>
        </message>
        <message>
            <location line="+1" />
            <source>initials or case number, no full name</source>
            <translation>姓名缩写或病例号，不要填全名</translation>
        </message>
    </context>
    <context>
        <name>ComplaintMonthsChart</name>
        <message>
            <location filename="../../desktop/ui/complaints/analysis_chart.py" line="+61" />
            <source>Complaints received per month, and the share answered on time</source>
            <translation>每月受理投诉数及按时答复率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complaints</source>
            <translation>投诉数</translation>
        </message>
        <message>
            <location line="+17" />
            <source>On time (%)</source>
            <translation>按时率（%）</translation>
        </message>
        <message>
            <location line="+24" />
            <source>No complaint received in this period.</source>
            <translation>此期间没有受理投诉。</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsView</name>
        <message>
            <location filename="../../desktop/ui/complaints/view.py" line="+169" />
            <source>Move to: {status}</source>
            <translation>推进到：{status}</translation>
        </message>
        <message>
            <location line="+26" />
            <source>{open} open · {urgent} near or past their deadline</source>
            <translation>{open} 件未结 · {urgent} 件临近或超过期限</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n suspected adverse reaction(s) not yet reported to pharmacovigilance</source>
            <translation>
                <numerusform>%n 例疑似不良反应尚未报告药物警戒</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>No complaints.</source>
            <translation>没有投诉。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Capture one with Ctrl+Shift+N; a suspected adverse reaction starts its 24-hour clock at once.</source>
            <translation>按 Ctrl+Shift+N 登记投诉；疑似不良反应会立即开始 24 小时倒计时。</translation>
        </message>
        <message>
            <location line="+54" />
            <source>Capture complaint… (Ctrl+Shift+N)</source>
            <translation>登记投诉… (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assign…</source>
            <translation>分派…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ConflictsView</name>
        <message>
            <location filename="../../desktop/ui/sync/conflicts_view.py" line="-58" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call report</source>
            <translation>拜访报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call attendee</source>
            <translation>拜访参与人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product detailed</source>
            <translation>推广产品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sample</source>
            <translation>样品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint step</source>
            <translation>投诉处理步骤</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call plan</source>
            <translation>拜访计划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned call</source>
            <translation>计划拜访</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer figures</source>
            <translation>客户数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan decision</source>
            <translation>计划审批</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Market activity</source>
            <translation>市场活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity product</source>
            <translation>活动产品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity invitee</source>
            <translation>活动邀请对象</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity cost line</source>
            <translation>活动费用项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity step</source>
            <translation>活动步骤</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product margin</source>
            <translation>产品毛利</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call frequency target</source>
            <translation>拜访频率目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At-risk rule</source>
            <translation>流失风险规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>大区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Territory</source>
            <translation>辖区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team member</source>
            <translation>团队成员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint routing rule</source>
            <translation>投诉分派规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Survey question</source>
            <translation>调查问题</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Satisfaction survey</source>
            <translation>满意度调查</translation>
        </message>
        <message>
            <location line="+10" />
            <source>(empty)</source>
            <translation>（空）</translation>
        </message>
        <message>
            <location line="+98" />
            <source>Could not restore your value: {reason}</source>
            <translation>无法恢复您的值：{reason}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>This record is no longer on this computer: it was deleted, or it moved to another rep's territory. There is nothing to restore, so the conflict was removed from the list.</source>
            <translation>此记录已不在这台电脑上：它已被删除，或已转入其他代表的辖区。没有可恢复的值，此冲突已从列表中移除。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Your values that lost to another change ({n})</source>
            <translation>被他人修改覆盖的值（{n}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Changes the server refused ({n})</source>
            <translation>服务器拒绝的修改（{n}）</translation>
        </message>
        <message>
            <location line="+9" />
            <source>When someone else changed the same field first, the server kept their value; yours is listed here and can be restored. Changes the server refused are listed with its reason.</source>
            <translation>当别人先修改了同一字段时，服务器保留了对方的值；您的值列在这里，可以恢复。服务器拒绝的修改连同原因也列在这里。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Restore my value</source>
            <translation>恢复我的值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keep the server's value</source>
            <translation>保留服务器的值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledge</source>
            <translation>知道了</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No conflicts.</source>
            <translation>没有冲突。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every value you changed is the one the server keeps.</source>
            <translation>您修改的每个值都已被服务器保留。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No refused changes.</source>
            <translation>没有被拒绝的修改。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The server accepted everything you sent.</source>
            <translation>服务器已接受您发送的所有修改。</translation>
        </message>
    </context>
    <context>
        <name>CostsEditor</name>
        <message>
            <location filename="../../desktop/ui/activities/costs_editor.py" line="+100" />
            <source>Spent {actual} of a budget of {budget}</source>
            <translation>预算 {budget}，已花费 {actual}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Total budget: {budget}</source>
            <translation>预算合计：{budget}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Spent</source>
            <translation>实际花费</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CustomerDetail</name>
        <message>
            <location filename="../../desktop/ui/customers/detail.py" line="+12" />
            <source>Yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location line="+0" />
            <source>No</source>
            <translation>否</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Profile</source>
            <translation>档案</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Metrics</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Visits</source>
            <translation>拜访记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-ups</source>
            <translation>跟进</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location line="+157" />
            <source>Tier {tier}</source>
            <translation>{tier} 级</translation>
        </message>
        <message>
            <location line="+33" />
            <source>No profile details yet. Use Edit to add them.</source>
            <translation>尚无档案信息。请点击“编辑”补充。</translation>
        </message>
        <message>
            <location line="+86" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log a call…</source>
            <translation>记录拜访…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Capture complaint…</source>
            <translation>登记投诉…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark lost…</source>
            <translation>标记为流失…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pick a customer on the left to see their profile, metrics, visits and follow-ups.</source>
            <translation>在左侧选择客户，查看其档案、指标、拜访和跟进。</translation>
        </message>
    </context>
    <context>
        <name>CustomerForm</name>
        <message>
            <location filename="../../desktop/domain/customer_profile.py" line="+48" />
            <source>Profile</source>
            <translation>基本信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Contact</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation and purchasing</source>
            <translation>组织与采购</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Work</source>
            <translation>工作信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personal details</source>
            <translation>个人信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient</source>
            <translation>患者信息</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>CustomerFormDialog</name>
        <message>
            <location filename="../../desktop/ui/customers/form_dialog.py" line="+204" />
            <source>Read as: {numbers}</source>
            <translation>识别为：{numbers}</translation>
        </message>
        <message>
            <location line="+12" />
            <source>{field} must be a whole number.</source>
            <translation>{field}必须是整数。</translation>
        </message>
        <message>
            <location line="+91" />
            <source>Edit customer</source>
            <translation>编辑客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
    </context>
    <context>
        <name>CustomerPicker</name>
        <message>
            <location filename="../../desktop/ui/customers/picker_dialog.py" line="+71" />
            <source>Choose a customer</source>
            <translation>选择客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Type a name or pinyin, then Enter</source>
            <translation>输入姓名或拼音，然后按回车</translation>
        </message>
    </context>
    <context>
        <name>CustomersView</name>
        <message>
            <location filename="../../desktop/ui/customers/view.py" line="+233" />
            <source>No customer matches exactly what you typed. Did you mean %1?</source>
            <translation>没有与输入内容完全匹配的客户。您要找的是不是 %1？</translation>
        </message>
        <message>
            <location line="+4" />
            <source>No customer matches exactly what you typed; these come close (a typo or the same pinyin).</source>
            <translation>没有与输入内容完全匹配的客户；以下客户较为接近（可能有错别字或同音字）。</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>Showing the best %n matches; more customers match — type more or pick a filter to narrow.</source>
            <translation>
                <numerusform>显示最匹配的 %n 位；匹配的客户还有更多——请多输入几个字或选择筛选条件缩小范围。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n 位客户</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>No customers yet.</source>
            <translation>还没有客户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add one with New customer (Ctrl+Shift+C), or sync to bring your territory's customers.</source>
            <translation>用“新建客户”（Ctrl+Shift+C）添加，或同步以取回辖区内的客户。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>No customer matches.</source>
            <translation>没有匹配的客户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Check the spelling, try pinyin initials (zw for 张伟), or set the filters back to All.</source>
            <translation>请检查拼写，试试拼音首字母（zw 即张伟），或把筛选条件改回“全部”。</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Export customers</source>
            <translation>导出客户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Exporting customers…</source>
            <translation>正在导出客户…</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>%n customer(s) exported to {path}</source>
            <translation>
                <numerusform>已将 %n 位客户导出到 {path}</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>Could not write {path} ({reason}); choose another folder.</source>
            <translation>无法写入 {path}（{reason}）；请选择其他文件夹。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The export failed ({reason}); nothing was written.</source>
            <translation>导出失败（{reason}），未写入任何文件。</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+44" />
            <source>All cities</source>
            <translation>全部城市</translation>
        </message>
        <message>
            <location line="-42" />
            <location line="+44" />
            <source>All hospitals</source>
            <translation>全部医院</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Name, pinyin, hospital or phone (Ctrl+F)</source>
            <translation>姓名、拼音、医院或电话 (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New customer</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the customers shown (every one the search and filters select) as an Excel file</source>
            <translation>将列表中的客户（搜索和筛选条件选出的全部客户）保存为 Excel 文件</translation>
        </message>
    </context>
    <context>
        <name>DateEditor</name>
        <message>
            <location filename="../../desktop/ui/customers/field_editors.py" line="+51" />
            <source>No date</source>
            <translation>清空日期</translation>
        </message>
    </context>
    <context>
        <name>Desk</name>
        <message>
            <location filename="../../desktop/ui/desk/compare_tab.py" line="+87" />
            <source>Every active representative over the span. Prescription share, sales against quota, calls per sale and cost against sales need one whole calendar month. Double-click a representative to open their scorecard.</source>
            <translation>所选期间内的全部在岗代表。处方比例、销售指标达成率、每万元销售额拜访次数和活动费用占比需选择一个完整的自然月。双击某位代表可打开其指标卡。</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/drill_tab.py" line="+176" />
            <location line="+7" />
            <location filename="../../desktop/ui/desk/kpi_tab.py" line="+124" />
            <location line="+82" />
            <source>The team</source>
            <extracomment>Tables whose change alters a scorecard.</extracomment>
            <translation>全团队</translation>
        </message>
        <message>
            <location line="+5" />
            <source>No active representative in the region.</source>
            <translation>本大区没有在岗代表。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-click a representative to see their customers.</source>
            <translation>双击代表可查看其客户。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No customers in this representative's territories.</source>
            <translation>该代表的辖区内没有客户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-click a customer to see their calls in the span.</source>
            <translation>双击客户可查看其在所选期间内的拜访。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No calls to this customer in the span.</source>
            <translation>所选期间内没有对该客户的拜访。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Double-click a call to open its report.</source>
            <translation>双击拜访可打开拜访报告。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Back up one level (Backspace)</source>
            <translation>返回上一级（Backspace）</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/export.py" line="+20" />
            <source>team-report</source>
            <translation>团队报表</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Export the team report</source>
            <translation>导出团队报表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Writing the team report…</source>
            <translation>正在生成团队报表…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Team report written to {path}: {kpis} KPI rows, {quotas} quota rows, {risks} customers at risk.</source>
            <translation>团队报表已保存到 {path}：指标 {kpis} 行，指标额度 {quotas} 行，风险客户 {risks} 行。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Could not write {path} ({reason}); choose another folder.</source>
            <translation>无法写入 {path}（{reason}）；请选择其他文件夹。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The export failed ({reason}); nothing was written.</source>
            <translation>导出失败（{reason}），未写入任何文件。</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/hub.py" line="+62" />
            <source>Sign in to see your scorecard: the Desk shows the KPIs of the signed-in representative or manager.</source>
            <translation>请先登录：业绩看板显示已登录代表或经理的关键指标。</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/kpi_model.py" line="+105" />
            <source>Select a figure to see how it was computed (its tooltip says it too).</source>
            <translation>选中一个数值即可查看其计算方法（鼠标悬停提示中也有说明）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{kpi}, {column}: {how}</source>
            <translation>{kpi}，{column}：{how}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/kpi_tab.py" line="-164" />
            <source>by week</source>
            <translation>按周</translation>
        </message>
        <message>
            <location line="+0" />
            <source>by month</source>
            <translation>按月</translation>
        </message>
        <message>
            <location line="+88" />
            <source>Me</source>
            <translation>我</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Reading the figures…</source>
            <translation>正在读取数据…</translation>
        </message>
        <message>
            <location line="+36" />
            <source>{whose}, {kind}</source>
            <translation>{whose}，{kind}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Scorecard of</source>
            <translation>查看对象</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save the team report of this span (KPIs by rep and period, quota achievement, customers at risk) as an Excel workbook, as `rounds report team` writes it.</source>
            <translation>将所选期间的团队报表（按代表和期间的关键指标、指标达成、风险客户）保存为 Excel 工作簿，内容与 `rounds report team` 相同。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Trend of</source>
            <translation>趋势指标</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/range_bar.py" line="+15" />
            <source>By week</source>
            <translation>按周</translation>
        </message>
        <message>
            <location line="+0" />
            <source>By month</source>
            <translation>按月</translation>
        </message>
        <message>
            <location line="+89" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/tabs.py" line="+60" />
            <source>KPIs</source>
            <translation>关键指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compare reps</source>
            <translation>代表对比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drill down</source>
            <translation>逐级查看</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quotas</source>
            <translation>销售指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation>流失预警</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/desk/texts.py" line="+12" />
            <source>Calls against plan</source>
            <translation>拜访计划完成率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A-tier coverage</source>
            <translation>A级客户覆盖率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>B-tier coverage</source>
            <translation>B级客户覆盖率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C-tier coverage</source>
            <translation>C级客户覆盖率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Frequency attainment</source>
            <translation>拜访频率达成率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan compliance</source>
            <translation>计划执行率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescription share</source>
            <translation>处方比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales against quota</source>
            <translation>销售指标达成率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calls per 10k CNY of sales</source>
            <translation>每万元销售额拜访次数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity cost against sales</source>
            <translation>活动费用占销售额比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints answered on time</source>
            <translation>投诉按时答复率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adverse reactions reported within 24 h</source>
            <translation>不良反应24小时内上报率</translation>
        </message>
    </context>
    <context>
        <name>Enum</name>
        <message>
            <location filename="../../desktop/models/enums.py" line="+252" />
            <location line="+14" />
            <source>Hospital</source>
            <translation>医院</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>科室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doctor</source>
            <translation>医生</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pharmacy</source>
            <translation>药店</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pharmacy contact</source>
            <translation>药店联系人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Distributor</source>
            <translation>医药商业公司</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient</source>
            <translation>患者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prospect</source>
            <translation>潜在客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New</source>
            <translation>新客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Active</source>
            <translation>活跃</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Growing</source>
            <translation>成长中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>At risk</source>
            <translation>有流失风险</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lost</source>
            <translation>已流失</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tertiary special (3S)</source>
            <translation>三级特等</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tertiary A (3A)</source>
            <translation>三级甲等</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tertiary B (3B)</source>
            <translation>三级乙等</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tertiary C (3C)</source>
            <translation>三级丙等</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Secondary A (2A)</source>
            <translation>二级甲等</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Secondary B (2B)</source>
            <translation>二级乙等</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Secondary C (2C)</source>
            <translation>二级丙等</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Primary A (1A)</source>
            <translation>一级甲等</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Primary B (1B)</source>
            <translation>一级乙等</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Primary C (1C)</source>
            <translation>一级丙等</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Unrated</source>
            <translation>未定级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Public</source>
            <translation>公立</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Private</source>
            <translation>民营</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Joint venture</source>
            <translation>合资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Foreign-owned</source>
            <translation>外资</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Military</source>
            <translation>军队</translation>
        </message>
        <message>
            <location line="-29" />
            <location line="+30" />
            <location line="+23" />
            <location line="+11" />
            <location line="+41" />
            <source>Other</source>
            <translation>其他</translation>
        </message>
        <message>
            <location line="-74" />
            <location line="+41" />
            <source>Female</source>
            <translation>女</translation>
        </message>
        <message>
            <location line="-40" />
            <location line="+41" />
            <source>Male</source>
            <translation>男</translation>
        </message>
        <message>
            <location line="-40" />
            <source>Undisclosed</source>
            <translation>未说明</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Face-to-face detailing</source>
            <translation>面对面推广</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone call</source>
            <translation>电话拜访</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+41" />
            <source>Department meeting</source>
            <translation>科室会</translation>
        </message>
        <message>
            <location line="-40" />
            <location line="+39" />
            <source>Academic meeting</source>
            <translation>学术会议</translation>
        </message>
        <message>
            <location line="-38" />
            <source>Pharmacy visit</source>
            <translation>药店拜访</translation>
        </message>
        <message>
            <location line="-50" />
            <location line="+51" />
            <location line="+5" />
            <location line="+40" />
            <source>Draft</source>
            <translation>草稿</translation>
        </message>
        <message>
            <location line="-44" />
            <location line="+5" />
            <location line="+40" />
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location line="-44" />
            <source>Open</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+47" />
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <location line="-101" />
            <location line="+57" />
            <location line="+40" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location line="-39" />
            <location line="+40" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location line="-39" />
            <source>Product quality</source>
            <translation>产品质量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suspected adverse reaction</source>
            <translation>疑似不良反应</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery / logistics</source>
            <translation>配送 / 物流</translation>
        </message>
        <message>
            <location line="-53" />
            <location line="+54" />
            <source>Service</source>
            <translation>服务</translation>
        </message>
        <message>
            <location line="-66" />
            <source>Region</source>
            <translation>大区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Representative</source>
            <translation>医药代表</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Share falling</source>
            <translation>处方份额下降</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not called for too long</source>
            <translation>久未拜访</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint past its deadline</source>
            <translation>投诉超过承诺期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purchases down on last year</source>
            <translation>采购额同比下降</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A-tier customer moved down</source>
            <translation>A类客户降级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Competitor</source>
            <translation>竞争对手</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+56" />
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <location line="-54" />
            <source>Staff change</source>
            <translation>人员变动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Policy</source>
            <translation>政策</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Critical</source>
            <translation>严重</translation>
        </message>
        <message>
            <location line="+1" />
            <source>During a visit</source>
            <translation>拜访时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fax</source>
            <translation>传真</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-commerce</source>
            <translation>电子商务</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Order meeting</source>
            <translation>订货会</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Captured</source>
            <translation>已登记</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Assigned</source>
            <translation>已分派</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In progress</source>
            <translation>处理中</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reported to customer</source>
            <translation>已反馈客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Satisfaction recorded</source>
            <translation>已记录满意度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Closed</source>
            <translation>已关闭</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Unknown</source>
            <translation>不详</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Salon / seminar</source>
            <translation>沙龙 / 研讨会</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Trade fair booth</source>
            <translation>展会展台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product promotion</source>
            <translation>产品推广</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+23" />
            <source>Advertising</source>
            <translation>广告</translation>
        </message>
        <message>
            <location line="-22" />
            <source>Patient education</source>
            <translation>患者教育</translation>
        </message>
        <message>
            <location line="+1" />
            <source>White paper</source>
            <translation>白皮书</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Held</source>
            <translation>已举办</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evaluated</source>
            <translation>已评估</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Submit</source>
            <translation>提交</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Return</source>
            <translation>退回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revise</source>
            <translation>修订</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark held</source>
            <translation>标记为已举办</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Evaluate</source>
            <translation>评估</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Venue</source>
            <translation>场地</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Speakers' fees</source>
            <translation>讲者费</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Materials</source>
            <translation>物料</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Travel</source>
            <translation>差旅</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Meals</source>
            <translation>餐饮</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Invited</source>
            <translation>已邀请</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Declined</source>
            <translation>已谢绝</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attended</source>
            <translation>已到场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No-show</source>
            <translation>未到场</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Successful</source>
            <translation>成功</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Between bands</source>
            <translation>介于两档之间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No effect</source>
            <translation>无效果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not successful</source>
            <translation>不成功</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not judged</source>
            <translation>未评判</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+5" />
            <source>After a closed complaint</source>
            <translation>投诉结案后</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+5" />
            <source>After a call cycle</source>
            <translation>拜访周期结束后</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Scale 1–5</source>
            <translation>1–5 分评分</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Free text</source>
            <translation>自由填写</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Every survey</source>
            <translation>每次调查</translation>
        </message>
    </context>
    <context>
        <name>EscalationNotifier</name>
        <message>
            <location filename="../../desktop/ui/complaints/escalations.py" line="+51" />
            <source>Suspected adverse reaction: no PV receipt after {hours} h</source>
            <translation>疑似不良反应：{hours} 小时后药物警戒仍未签收</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{customer} — {product}</source>
            <translation>{customer} — {product}</translation>
        </message>
    </context>
    <context>
        <name>EscalationSection</name>
        <message>
            <location filename="../../desktop/ui/today/escalations.py" line="+50" />
            <source>Suspected adverse reactions without PV receipt ({n})</source>
            <translation>药物警戒未签收的疑似不良反应（{n}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Pharmacovigilance has acknowledged every case.</source>
            <translation>药物警戒已签收全部病例。</translation>
        </message>
    </context>
    <context>
        <name>Escalations</name>
        <message>
            <location line="-65" />
            <source>No PV receipt after {hours} h</source>
            <translation>{hours} 小时未签收</translation>
        </message>
    </context>
    <context>
        <name>Evaluation</name>
        <message>
            <location filename="../../desktop/domain/activity_evaluation.py" line="+92" />
            <source>Sales growth {growth} (from {before} in the {months} months before to {after} after): at least 6.83 %, successful.</source>
            <translation>销售增长{growth}（活动前{months}个月{before}，活动后{after}）：不低于6.83%，成功。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales growth {growth} (from {before} in the {months} months before to {after} after) lies between the bands: above 5 % (no effect) and below 6.83 % (successful).</source>
            <translation>销售增长{growth}（活动前{months}个月{before}，活动后{after}）介于两档之间：高于5%（无效果），低于6.83%（成功）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales growth {growth} (from {before} in the {months} months before to {after} after): 3 % to 5 %, no effect.</source>
            <translation>销售增长{growth}（活动前{months}个月{before}，活动后{after}）：3%至5%，无效果。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales growth {growth} (from {before} in the {months} months before to {after} after): under 3 %, failed.</source>
            <translation>销售增长{growth}（活动前{months}个月{before}，活动后{after}）：低于3%，失败。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: at least 1.5×, successful.</source>
            <translation>新增销售带来的利润{profit}（{added} × 利润率{margin}）是实际费用{cost}的{multiple}：不低于1.5倍，成功。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: between the bands, from 1× (not successful) to under 1.5× (successful).</source>
            <translation>新增销售带来的利润{profit}（{added} × 利润率{margin}）是实际费用{cost}的{multiple}：介于两档之间，1倍（不成功）至不足1.5倍（成功）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: 0.5× to under 1×, not successful.</source>
            <translation>新增销售带来的利润{profit}（{added} × 利润率{margin}）是实际费用{cost}的{multiple}：0.5倍至不足1倍，不成功。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: under 0.5×, failed.</source>
            <translation>新增销售带来的利润{profit}（{added} × 利润率{margin}）是实际费用{cost}的{multiple}：低于0.5倍，失败。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Awareness rose {points} points (from {before} % to {after} %): +10 to +20 points, worth it.</source>
            <translation>认知度提高{points}个百分点（从{before}%到{after}%）：提高10至20个百分点，值得。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awareness rose {points} points (from {before} % to {after} %): more than the documents' +10 to +20 band, worth it.</source>
            <translation>认知度提高{points}个百分点（从{before}%到{after}%）：超过10至20个百分点的区间，值得。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awareness changed {points} points (from {before} % to {after} %): under +10 points, not worth it.</source>
            <translation>认知度变化{points}个百分点（从{before}%到{after}%）：提高不足10个百分点，不值得。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescription share of the attendees changed {attendees} points, of the {control_group} {control} points: the attendees gained {difference} points more.</source>
            <translation>参会者的处方比例变化{attendees}个百分点，{control_group}变化{control}个百分点：参会者多提高{difference}个百分点。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescription share of the attendees changed {attendees} points, of the {control_group} {control} points: the attendees gained no more than the control.</source>
            <translation>参会者的处方比例变化{attendees}个百分点，{control_group}变化{control}个百分点：参会者的提高不高于对照组。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>invitees who did not come</source>
            <translation>未到场的受邀者</translation>
        </message>
        <message>
            <location line="+1" />
            <source>rest of the territory's customers</source>
            <translation>辖区内其他客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not judged: the {months} months after the activity end on {due}; the figures are complete after that.</source>
            <translation>未评判：活动后的{months}个月于{due}结束，之后数据才完整。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: the activity names no products.</source>
            <translation>未评判：活动未指定产品。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: nobody is checked in as attending.</source>
            <translation>未评判：没有签到参会的人。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: no sales figures of the activity's products at the attendees' organisations for {span}.</source>
            <translation>未评判：参会者所在机构{span}没有活动产品的销售数据。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: the sales figures the profit is computed from are missing.</source>
            <translation>未评判：缺少计算利润所需的销售数据。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: no margin is set for {products}; the manager or an administrator sets one.</source>
            <translation>未评判：{products}没有设置利润率，请经理或管理员设置。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: no actual cost is recorded.</source>
            <translation>未评判：没有记录实际费用。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not applicable: awareness is surveyed for advertising campaigns.</source>
            <translation>不适用：认知度调查仅针对广告活动。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: enter the awareness survey before and after (percent).</source>
            <translation>未评判：请填写活动前后的认知度调查结果（百分比）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not judged: no prescription figures of the activity's drug classes for the attendees and a control group in both spans.</source>
            <translation>未评判：参会者和对照组在前后两个时段都没有活动药品类别的处方数据。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the months before</source>
            <translation>活动前的月份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>the months after</source>
            <translation>活动后的月份</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/activities/evaluation_panel.py" line="-40" />
            <source>Sales growth</source>
            <translation>销售增长</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+18" />
            <source>Return on cost</source>
            <translation>投入产出比</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Awareness</source>
            <translation>认知度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Against the control group</source>
            <translation>与对照组比较</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Sales before</source>
            <extracomment>The figures shown, in order: (Evaluation attribute, label, format).</extracomment>
            <translation>活动前销售额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales after</source>
            <translation>活动后销售额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Growth</source>
            <translation>增长率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added sales</source>
            <translation>新增销售额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Margin</source>
            <translation>利润率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Profit from added sales</source>
            <translation>新增销售利润</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual cost</source>
            <translation>实际费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Awareness change (points)</source>
            <translation>认知度变化（百分点）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendees' share change</source>
            <translation>参会者份额变化</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Control group's share change</source>
            <translation>对照组份额变化</translation>
        </message>
    </context>
    <context>
        <name>EvaluationPanel</name>
        <message>
            <location line="+147" />
            <source>Comment saved.</source>
            <translation>意见已保存。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Verdict recorded: {verdict}.</source>
            <translation>已记录评估结论：{verdict}。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save the evaluation as PDF</source>
            <translation>将评估保存为 PDF</translation>
        </message>
        <message>
            <location line="+0" />
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The PDF could not be written to {path}; choose another folder.</source>
            <translation>无法将 PDF 写入 {path}，请选择其他文件夹。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saved to {path}</source>
            <translation>已保存到 {path}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Open an activity to see its evaluation.</source>
            <translation>打开一个活动查看其评估。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{title}: evaluated once it has been held.</source>
            <translation>{title}：活动举办后才能评估。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{title}: {verdict} — {months} months after against {months} before; {attended} of {invited} invited came.</source>
            <translation>{title}：{verdict} —— 活动后 {months} 个月对比活动前 {months} 个月；邀请 {invited} 人，到场 {attended} 人。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Judged on {date}: {verdict}</source>
            <translation>{date} 评估：{verdict}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Not judged yet; figures as of {date}</source>
            <translation>尚未评估；数据截至 {date}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save comment</source>
            <translation>保存意见</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record verdict</source>
            <translation>记录评估结论</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Awareness before / after</source>
            <translation>活动前 / 后认知度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save survey</source>
            <translation>保存调查结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Save this evaluation as a one-page PDF for the file</source>
            <translation>将本次评估保存为一页 PDF 存档</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your comment on the result</source>
            <translation>您对结果的意见</translation>
        </message>
    </context>
    <context>
        <name>EvaluationPdf</name>
        <message>
            <location filename="../../desktop/ui/activities/evaluation_pdf.py" line="+31" />
            <source>Sales growth</source>
            <translation>销售增长</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Net profit against cost</source>
            <translation>净利润与费用之比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Advertising awareness</source>
            <translation>广告知名度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendees against non-attendees</source>
            <translation>参会者与未参会者对比</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Evaluation of a market activity</source>
            <translation>市场活动评估表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verdict of each rule</source>
            <translation>各项规则的评价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Figure</source>
            <translation>数值</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verdict</source>
            <translation>评价</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why</source>
            <translation>依据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The figures behind them</source>
            <translation>评价所依据的数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales of the promoted products to the attendees' organisations, {months} months after the activity against the {months} months before.</source>
            <translation>推广产品在参会者所属机构的销售额：活动后 {months} 个月与活动前 {months} 个月对比。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Overall verdict</source>
            <translation>总体评价</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not judged yet.</source>
            <translation>尚未评估。</translation>
        </message>
        <message>
            <location line="+84" />
            <source>Kind</source>
            <translation>活动类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Representative</source>
            <translation>医药代表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dates</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Products</source>
            <translation>产品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+34" />
            <source>Actual cost</source>
            <translation>实际费用</translation>
        </message>
        <message>
            <location line="-33" />
            <source>Invited / attended</source>
            <translation>邀请 / 到会</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Sales before</source>
            <translation>活动前销售额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales after</source>
            <translation>活动后销售额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Growth</source>
            <translation>增长率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Added sales</source>
            <translation>新增销售额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Net margin</source>
            <translation>净利润率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Net profit from the added sales</source>
            <translation>新增销售带来的净利润</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Profit against cost</source>
            <translation>净利润/费用倍数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awareness change (points)</source>
            <translation>知名度变化（百分点）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attendees' share change (points)</source>
            <translation>参会者处方比例变化（百分点）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Non-attendees' share change (points)</source>
            <translation>未参会者处方比例变化（百分点）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Judged on</source>
            <translation>评估日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Judged by</source>
            <translation>评估人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comment</source>
            <translation>评语</translation>
        </message>
    </context>
    <context>
        <name>Field</name>
        <message>
            <location filename="../../desktop/models/validation.py" line="+30" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lifecycle stage</source>
            <translation>生命周期阶段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>所属机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department</source>
            <translation>科室</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Postal code</source>
            <translation>邮政编码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Fax</source>
            <translation>传真</translation>
        </message>
        <message>
            <location line="+1" />
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospital grade</source>
            <translation>医院级别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ownership</source>
            <translation>所有制</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Credit rating</source>
            <translation>信用等级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gender</source>
            <translation>性别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth month</source>
            <translation>出生月份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Birth year</source>
            <translation>出生年份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient code</source>
            <translation>患者编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Our prescriptions</source>
            <translation>我方处方量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Total prescriptions</source>
            <translation>处方总量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Visit type</source>
            <translation>拜访类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Date and time</source>
            <translation>日期和时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Title</source>
            <translation>职称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Due date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Week start</source>
            <translation>周起始日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Committed response deadline</source>
            <translation>承诺答复期限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation>收到时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Day 0 (date the rep learned of it)</source>
            <translation>第 0 天（代表获知的时间）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient identifier</source>
            <translation>患者标识</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient's age</source>
            <translation>患者年龄</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Patient's sex</source>
            <translation>患者性别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Onset date</source>
            <translation>发生日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authority reference</source>
            <translation>监管部门编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Handler</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reporter</source>
            <translation>报告人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Adverse event</source>
            <translation>不良事件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer satisfaction</source>
            <translation>客户满意度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calls a month</source>
            <translation>每月拜访次数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drug class</source>
            <translation>药品类别</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>大区</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Representative</source>
            <translation>医药代表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call report</source>
            <translation>拜访报告</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New status</source>
            <translation>新状态</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alias</source>
            <translation>别名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Licence no.</source>
            <translation>许可证号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department phones</source>
            <translation>科室电话</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drug committee members</source>
            <translation>药事委员会成员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Device committee members</source>
            <translation>设备委员会成员</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation structure</source>
            <translation>组织结构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Display name</source>
            <translation>显示名称</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Starts on</source>
            <translation>开始日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ends on</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Months evaluated</source>
            <translation>评估月数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awareness before</source>
            <translation>活动前认知度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Awareness after</source>
            <translation>活动后认知度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Margin</source>
            <translation>利润率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget</source>
            <translation>预算</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Actual cost</source>
            <translation>实际费用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Expected attendance</source>
            <translation>预计参会人数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <location line="+286" />
            <source>Occasion</source>
            <translation>调查时机</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Call cycle</source>
            <translation>拜访周期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Answers</source>
            <translation>回答</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Asked</source>
            <translation>提问时机</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Taken</source>
            <translation>调查时间</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/common/texts.py" line="+20" />
            <source>Customer code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <location line="+1" />
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Website</source>
            <translation>网站</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer since</source>
            <translation>成为客户日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Legal representative</source>
            <translation>法人代表</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Staff</source>
            <translation>员工数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Doctors</source>
            <translation>医生数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beds</source>
            <translation>床位数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank</source>
            <translation>开户银行</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bank account</source>
            <translation>银行账号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purchase process</source>
            <translation>采购流程</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Chief physicians</source>
            <translation>主任医师数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Associate chief physicians</source>
            <translation>副主任医师数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attending physicians</source>
            <translation>主治医师数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resident physicians</source>
            <translation>住院医师数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Drug admission process</source>
            <translation>进药流程</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Licensing authority</source>
            <translation>发证机关</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Floor area (m²)</source>
            <translation>营业面积（平方米）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opening hours</source>
            <translation>营业时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Parent company</source>
            <translation>上级公司</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Categories sold</source>
            <translation>经营品类</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dedicated counter</source>
            <translation>专柜</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Registered capital (10k CNY)</source>
            <translation>注册资本（万元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Business scope</source>
            <translation>经营范围</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GSP certified</source>
            <translation>GSP 认证</translation>
        </message>
        <message>
            <location line="+1" />
            <source>GSP certificate no.</source>
            <translation>GSP 证书编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Local ranking</source>
            <translation>本地排名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hospitals covered</source>
            <translation>覆盖医院数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pharmacies covered</source>
            <translation>覆盖药店数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Marital status</source>
            <translation>婚姻状况</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Education</source>
            <translation>学历</translation>
        </message>
        <message>
            <location line="+1" />
            <source>University</source>
            <translation>毕业院校</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hometown</source>
            <translation>籍贯</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Position</source>
            <translation>职务</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Academic specialty</source>
            <translation>学术特点</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Personality</source>
            <translation>性格</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hobbies</source>
            <translation>爱好</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Social roles</source>
            <translation>社会职务</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Committee roles</source>
            <translation>委员会职务</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Best time to call</source>
            <translation>最佳拜访时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Consent recorded</source>
            <translation>已记录知情同意</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lot / batch</source>
            <translation>批号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reporter contact</source>
            <translation>报告人联系方式</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Event onset</source>
            <translation>事件发生时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next step</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up date</source>
            <translation>跟进日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reminder</source>
            <translation>提醒时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Duration (minutes)</source>
            <translation>时长（分钟）</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/figures_entry.py" line="+28" />
            <source>Outpatient volume</source>
            <extracomment>The figures of a month, in the form's order; whole numbers except the amounts.</extracomment>
            <translation>门诊量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Purchase amount</source>
            <translation>采购额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales volume</source>
            <translation>销售量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales amount</source>
            <translation>销售额</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Clinic days</source>
            <translation>出诊天数</translation>
        </message>
    </context>
    <context>
        <name>FiguresDialog</name>
        <message>
            <location filename="../../desktop/ui/customers/figures_dialog.py" line="+174" />
            <source>Figures are stored for this month: correct them and save.</source>
            <translation>本月已有数据：修改后保存即可。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No figures yet for this month.</source>
            <translation>本月尚无数据。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Enter figures</source>
            <translation>录入数据</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Figures of</source>
            <translation>数据对象</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The customer as a whole</source>
            <translation>客户整体</translation>
        </message>
    </context>
    <context>
        <name>FiguresTab</name>
        <message>
            <location filename="../../desktop/ui/customers/figures_tab.py" line="-63" />
            <source>Prescription share</source>
            <translation>处方比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Our prescription share by month</source>
            <translation>我方处方比例（按月）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outpatient visits</source>
            <translation>门诊量</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Prescriptions</source>
            <translation>处方量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescriptions: total (solid) and ours (dashed)</source>
            <translation>处方量：总量（实线）与我方（虚线）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Purchases (CNY)</source>
            <translation>采购额（元）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sales (CNY)</source>
            <translation>销售额（元）</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{line}: ours</source>
            <translation>{line}：我方</translation>
        </message>
        <message>
            <location line="+114" />
            <location line="+5" />
            <source>All drug classes</source>
            <translation>全部药品类别</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Customer total</source>
            <translation>客户合计</translation>
        </message>
        <message>
            <location line="+34" />
            <source>No figures recorded for this customer.</source>
            <translation>该客户尚无数据。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No figures of this kind recorded for this customer.</source>
            <translation>该客户尚无此类数据。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>× 10,000</source>
            <translation>万</translation>
        </message>
        <message>
            <location line="+43" />
            <source>Enter figures…</source>
            <translation>录入数据…</translation>
        </message>
    </context>
    <context>
        <name>Filters</name>
        <message>
            <location filename="../../desktop/ui/activities/filters.py" line="-37" />
            <location filename="../../desktop/ui/customers/view.py" line="-275" />
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/customers/view.py" line="+1" />
            <source>All tiers</source>
            <translation>全部级别</translation>
        </message>
        <message>
            <location line="+2" />
            <source>All stages</source>
            <translation>全部阶段</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/activities/filters.py" line="-2" />
            <location filename="../../desktop/ui/calls/view.py" line="+35" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/calls/view.py" line="+1" />
            <source>All types</source>
            <translation>全部拜访类型</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../desktop/ui/common/keys.py" line="+9" />
            <source>Today, Customers, Calls, Plans, Activities, Desk, Follow-ups, Complaints, Conflicts, Settings</source>
            <translation>今日、客户、拜访记录、拜访计划、市场活动、业绩看板、跟进事项、投诉、同步冲突、设置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>on a planned call in Today: log it, customer and products filled in</source>
            <translation>在“今日”的计划拜访上按：记录拜访，客户和产品已预先填好</translation>
        </message>
        <message>
            <location line="+2" />
            <source>log a call</source>
            <translation>记录拜访</translation>
        </message>
        <message>
            <location line="+1" />
            <source>find a customer: name, pinyin or initials (zw = 张伟)</source>
            <translation>查找客户：姓名、拼音或首字母（zw = 张伟）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>capture a complaint or a suspected adverse reaction</source>
            <translation>登记投诉或疑似不良反应</translation>
        </message>
        <message>
            <location line="+1" />
            <source>in a call report: submit it</source>
            <translation>在拜访报告中：提交</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../desktop/ui/first_run/dialog.py" line="+179" />
            <source>That is not a server address. Ask IT for it; it looks like https://rounds.example.com.</source>
            <translation>这不是服务器地址。请向 IT 部门索取，格式类似 https://rounds.example.com。</translation>
        </message>
        <message>
            <location line="+29" />
            <location line="+2" />
            <source>Welcome to Rounds</source>
            <translation>欢迎使用 Rounds</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Where does your data come from?</source>
            <translation>您的数据来自哪里？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A few keys that save time</source>
            <translation>几个省时的快捷键</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Your customers, calls, plans and follow-ups, on this laptop, with or without a network.</source>
            <translation>您的客户、拜访、计划和跟进都在这台电脑上，有没有网络都能用。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rounds keeps everything on this laptop and syncs with your organisation's server whenever there is a network.</source>
            <translation>Rounds 把所有数据保存在这台电脑上，有网络时自动与公司服务器同步。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every screen works with the keyboard. This list is also in Settings.</source>
            <translation>每个界面都可以用键盘操作。这份列表在“设置”中也能找到。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Choose the language of the interface. You can change it at any time in Settings.</source>
            <translation>请选择界面语言。之后可以随时在“设置”中更改。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>My organisation's server</source>
            <translation>公司的服务器</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in with the user name IT gave you.</source>
            <translation>使用 IT 部门给您的用户名登录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Explore with demo data</source>
            <translation>用演示数据体验</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as a medical representative</source>
            <translation>以医药代表身份</translation>
        </message>
        <message>
            <location line="+1" />
            <source>as a regional manager (approvals, team)</source>
            <translation>以区域经理身份（审批、团队）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A made-up territory in Beijing, Tianjin and Hebei, on this computer only. Nothing is sent anywhere.</source>
            <translation>一个虚构的京津冀辖区，只在这台电脑上，不会发送到任何地方。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Work offline for now</source>
            <translation>暂时离线使用</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Start with an empty list; connect to a server later in Settings.</source>
            <translation>从空白列表开始；以后可在“设置”中连接服务器。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Step {n} of {total}</source>
            <translation>第 {n} 步，共 {total} 步</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start</source>
            <translation>开始使用</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Next</source>
            <translation>下一步</translation>
        </message>
    </context>
    <context>
        <name>FollowUpEditor</name>
        <message>
            <location filename="../../desktop/ui/follow_ups/editor_dialog.py" line="+126" />
            <source>New follow-up</source>
            <translation>新建跟进</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit follow-up</source>
            <translation>编辑跟进</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Remind me at a time of my own (else on the due date at the usual hour)</source>
            <translation>自定提醒时间（否则在到期日的默认时间提醒）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>what to do, e.g. bring the trial data</source>
            <translation>要做的事，例如：带临床试验资料</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <location filename="../../desktop/ui/follow_ups/view.py" line="-27" />
            <source>1 hour</source>
            <translation>1 小时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>3 hours</source>
            <translation>3 小时</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tomorrow morning</source>
            <translation>明天上午</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Next week</source>
            <translation>下周</translation>
        </message>
        <message>
            <location line="+3" />
            <source>To tomorrow</source>
            <translation>改到明天</translation>
        </message>
        <message>
            <location line="+1" />
            <source>By a week</source>
            <translation>推迟一周</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To another date…</source>
            <translation>改到其他日期…</translation>
        </message>
        <message>
            <location line="+207" />
            <location line="+5" />
            <location line="+57" />
            <source>Cancel follow-up</source>
            <translation>取消跟进</translation>
        </message>
        <message>
            <location line="-61" />
            <source>Cancel “{title}” for {customer}? It stays in the list as cancelled and will not remind you again.</source>
            <translation>取消{customer}的“{title}”？它会以“已取消”留在列表中，不再提醒。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Keep it</source>
            <translation>保留</translation>
        </message>
        <message>
            <location line="+32" />
            <source>A call report's next step becomes a follow-up with its due date, or create one with New follow-up; reminders come from the tray.</source>
            <translation>拜访报告的下一步会按到期日生成跟进，也可以用“新建跟进”创建；提醒从系统托盘弹出。</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Show done and cancelled</source>
            <translation>显示已完成和已取消</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New follow-up…</source>
            <translation>新建跟进…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Move</source>
            <translation>改期</translation>
        </message>
        <message>
            <location line="-26" />
            <source>{overdue} overdue · {today} due today · {open} open</source>
            <translation>{overdue} 项逾期 · {today} 项今天到期 · {open} 项未完成</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No open follow-ups.</source>
            <translation>没有待办的跟进事项。</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Mark done (Ctrl+D)</source>
            <translation>标记完成 (Ctrl+D)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Snooze</source>
            <translation>稍后提醒</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open customer</source>
            <translation>打开客户</translation>
        </message>
    </context>
    <context>
        <name>InviteesTab</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/activities/invitees_tab.py" line="+134" />
            <source>%n customer(s) match.</source>
            <translation>
                <numerusform>符合条件的客户 %n 位。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>The segment is invited when you save.</source>
            <translation>保存时将邀请该客户群。</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Add customer…</source>
            <translation>添加客户…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Or a whole segment:</source>
            <translation>或整个客户群：</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Department name, e.g. 心内科</source>
            <translation>科室名称，如 心内科</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invite segment</source>
            <translation>邀请客户群</translation>
        </message>
    </context>
    <context>
        <name>Keyring</name>
        <message>
            <location filename="../../desktop/keyring_access.py" line="+15" />
            <source>Rounds keeps your sign-in and the key that encrypts your local data only in the operating system's secure password store (keyring) and never in a plain file, but no usable keyring was found{why}. On Linux, install and unlock a Secret Service keyring (GNOME Keyring or KWallet, e.g. `apt install gnome-keyring`); Windows and macOS have one built in. To choose a backend explicitly, set the environment variable PYTHON_KEYRING_BACKEND (for example PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring) or write keyringrc.cfg; `python -m keyring diagnose` shows where keyring looks. Ask IT if unsure.</source>
            <translation>Rounds 只把您的登录信息和加密本地数据的密钥保存在操作系统的安全密码库（keyring）中，从不写入明文文件，但没有找到可用的 keyring{why}。在 Linux 上，请安装并解锁 Secret Service 密钥环（GNOME Keyring 或 KWallet，例如 `apt install gnome-keyring`）；Windows 和 macOS 已内置。如需明确指定后端，请设置环境变量 PYTHON_KEYRING_BACKEND（例如 PYTHON_KEYRING_BACKEND=keyring.backends.SecretService.Keyring）或编写 keyringrc.cfg；`python -m keyring diagnose` 会显示 keyring 的查找位置。如有疑问，请联系 IT。</translation>
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message>
            <location filename="../../desktop/domain/kpi_figures.py" line="+22" />
            <source>{made} calls made of {planned} planned.</source>
            <translation>计划拜访{planned}次，实际拜访{made}次。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{visited} of {customers} tier-{tier} customers called at least once.</source>
            <translation>{customers}位{tier}类客户中有{visited}位至少拜访过一次。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{calls} calls to tiered customers against {target} asked by the tier targets ({days} days).</source>
            <translation>分级客户拜访{calls}次，按分级频率目标应拜访{target}次（{days}天）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{done} planned calls done of {due} due ({missed} missed).</source>
            <translation>到期计划拜访{due}次，完成{done}次（未完成{missed}次）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{ours} of {total} prescriptions are ours; change on the period before: {change}.</source>
            <translation>{total}张处方中我方{ours}张；较上期变化：{change}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales {sales} CNY against a quota of {quota} CNY.</source>
            <translation>销售额{sales}元，指标{quota}元。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{calls} calls / {sales_wan} in 10k CNY (万元) of sales.</source>
            <translation>拜访{calls}次 / 销售额{sales_wan}万元。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity costs {cost} CNY against sales of {sales} CNY.</source>
            <translation>活动费用{cost}元，销售额{sales}元。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{on_time} of {due} complaints due were answered by their committed deadline.</source>
            <translation>到期投诉{due}件，其中{on_time}件在承诺期限内答复。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{within} of {cases} suspected adverse reactions reached pharmacovigilance (receipt acknowledged) within 24 hours of Day 0.</source>
            <translation>疑似不良反应{cases}例，其中{within}例在获知后24小时内送达药物警戒（已确认接收）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Monthly figures: see the month.</source>
            <translation>按月统计的数据：请查看月度。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nothing to count in this period.</source>
            <translation>本期无可统计数据。</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/quotas.py" line="+32" />
            <source>Sales {sales} CNY against a quota of {quota} CNY ({months}).</source>
            <translation>销售额{sales}元，指标{quota}元（{months}）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Run rate: {ytd} CNY in {months} months, × 12 / {months}.</source>
            <translation>按当前进度：{months}个月销售{ytd}元，× 12 / {months}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Last year's {last_year} CNY × this year's growth on the same months ({growth}).</source>
            <translation>去年全年{last_year}元 × 今年同期增长（{growth}）。</translation>
        </message>
    </context>
    <context>
        <name>LateTexts</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/common/pills.py" line="+100" />
            <source>%n d left</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>剩 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n h left</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>剩 %n 小时</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n min left</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>剩 %n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Due now</source>
            <translation>已到期</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Late by %n d</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Late by %n h</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>逾期 %n 小时</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>Late by %n min</source>
            <comment>deadline</comment>
            <translation>
                <numerusform>逾期 %n 分钟</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>Done late</source>
            <translation>逾期完成</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Done on time</source>
            <translation>按时完成</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received late</source>
            <translation>逾期接收</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Received on time</source>
            <translation>按时接收</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../../desktop/ui/sync/login_dialog.py" line="+98" />
            <source>Enter the server, your user name and your password.</source>
            <translation>请输入服务器地址、用户名和密码。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Signing in…</source>
            <translation>正在登录…</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Could not sign in: {reason}</source>
            <translation>登录失败：{reason}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sign in to Rounds</source>
            <translation>登录 Rounds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sign in once with the account IT gave you. Afterwards Rounds works offline and syncs whenever it can.</source>
            <translation>请使用信息部提供的账号登录一次。之后 Rounds 可离线工作，并在有网络时自动同步。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location line="+1" />
            <source>User name</source>
            <translation>用户名</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../desktop/ui/views.py" line="+11" />
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customers</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calls</source>
            <translation>拜访记录</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plans</source>
            <translation>拜访计划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activities</source>
            <translation>市场活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Desk</source>
            <translation>业绩看板</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-ups</source>
            <translation>跟进事项</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaint figures</source>
            <translation>投诉分析</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Conflicts</source>
            <translation>同步冲突</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complaint queue</source>
            <translation>投诉处理队列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>PV desk</source>
            <translation>药物警戒台</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/main_window.py" line="+177" />
            <source>Suspected adverse reaction ({customer}): no PV receipt after {hours} h</source>
            <translation>疑似不良反应（{customer}）：{hours} 小时后药物警戒仍未签收</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Follow-up due: {customer} — {title}</source>
            <translation>跟进到期：{customer}——{title}</translation>
        </message>
        <message>
            <location line="+216" />
            <source>Field CRM</source>
            <translation>医药代表客户管理</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Opening your data…</source>
            <translation>正在打开您的数据…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log a call…</source>
            <translation>记录拜访…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Find a customer</source>
            <translation>查找客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Capture a complaint…</source>
            <translation>登记投诉…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>New customer…</source>
            <translation>新建客户…</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+3" />
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Rounds</source>
            <translation>Rounds</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open Rounds</source>
            <translation>打开 Rounds</translation>
        </message>
    </context>
    <context>
        <name>MarkLostDialog</name>
        <message>
            <location filename="../../desktop/ui/customers/lost_dialog.py" line="+55" />
            <source>Choose why the customer was lost: the reason is what your manager's count of lost customers is made of.</source>
            <translation>请选择客户流失的原因：经理按原因统计流失客户。</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Not saved: {error}</source>
            <translation>未保存：{error}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Mark {name} lost</source>
            <translation>将 {name} 标记为流失</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} will be listed as lost (流失) and no longer among the customers at risk. Say why; your manager sees the reasons counted.</source>
            <translation>{name} 将被列为流失客户，不再出现在流失预警中。请说明原因，经理会看到按原因的统计。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Note (optional)</source>
            <translation>备注（可选）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>What happened, e.g. which competitor, since when</source>
            <translation>发生了什么，例如哪家竞品、从何时开始</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Choose a reason…</source>
            <translation>请选择原因…</translation>
        </message>
    </context>
    <context>
        <name>Metrics</name>
        <message>
            <location filename="../../desktop/domain/metrics.py" line="+27" />
            <source>Prescription share of {drug_class} fell from {start} to {end}.</source>
            <translation>{drug_class}的处方比例从 {start} 降到了 {end}。</translation>
        </message>
    </context>
    <context>
        <name>MetricsSheet</name>
        <message>
            <location filename="../../desktop/domain/metrics_sheet.py" line="+61" />
            <source>The first row must name the columns; missing: {columns}.</source>
            <translation>第一行必须写列名；缺少：{columns}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{column}: empty; every row needs the month its figures are of.</source>
            <translation>{column}：为空；每一行都要写明数据所属的月份。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{column}: '{value}' is not a month; write it as 2026-03, 2026/3 or 2026年3月.</source>
            <translation>{column}：'{value}' 不是月份；请写成 2026-03、2026/3 或 2026年3月。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>customer: empty; give the customer code (客户编码) or the customer's name (客户).</source>
            <translation>客户：为空；请填写客户编码或客户名称。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{column}: no customer has the id '{value}'.</source>
            <translation>{column}：没有 ID 为 '{value}' 的客户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{column}: no customer has the code '{value}'.</source>
            <translation>{column}：没有编码为 '{value}' 的客户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{column}: there is no customer '{value}' in the archive; check the spelling or give the code.</source>
            <translation>{column}：客户档案中没有 '{value}'；请检查拼写或填写客户编码。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{column}: no customer '{value}' at '{organisation}' in '{city}'; check the organisation and city.</source>
            <translation>{column}：'{city}' 的 '{organisation}' 没有名为 '{value}' 的客户；请检查所属医院和城市。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{column}: {count} customers are called '{value}'; give the code or the organisation and city.</source>
            <translation>{column}：有 {count} 位客户名为 '{value}'；请填写客户编码，或所属医院和城市。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{column}: there is no product '{value}' in the product list.</source>
            <translation>{column}：产品目录中没有 '{value}'。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{column}: '{value}' is a {product_class} product, not {drug_class}.</source>
            <translation>{column}：'{value}' 属于{product_class}，不是{drug_class}。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{column}: '{value}' is not a whole number.</source>
            <translation>{column}：'{value}' 不是整数。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{column}: '{value}' is not a number.</source>
            <translation>{column}：'{value}' 不是数字。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{column}: {value} is below zero; figures cannot be negative.</source>
            <translation>{column}：{value} 小于零；数据不能为负数。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{column}: our prescriptions ({value}) are more than the total prescriptions ({total}).</source>
            <translation>{column}：我方处方量（{value}）大于处方总量（{total}）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>the row has no figures; give at least one of outpatient, prescriptions, purchases or sales.</source>
            <translation>该行没有任何数据；请至少填写门诊量、处方量、采购量或销售额中的一项。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{column}: {reason}</source>
            <translation>{column}：{reason}</translation>
        </message>
    </context>
    <context>
        <name>Phone</name>
        <message>
            <location filename="../../desktop/ui/common/texts.py" line="+92" />
            <source>{number} ext. {extension}</source>
            <translation>{number} 转 {extension}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{number} ({note})</source>
            <translation>{number}（{note}）</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not read as a number (kept as written): {parts}</source>
            <translation>未能识别为号码（按原文保留）：{parts}</translation>
        </message>
    </context>
    <context>
        <name>PlanExport</name>
        <message>
            <location filename="../../desktop/ui/plans/export.py" line="+23" />
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Organisation</source>
            <translation>所属机构</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Objective</source>
            <translation>拜访目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Products</source>
            <translation>产品</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Why planned</source>
            <translation>计划原因</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Representative</source>
            <translation>医药代表</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Plan</source>
            <translation>计划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned calls</source>
            <translation>计划拜访</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Calls this week</source>
            <translation>本周拜访</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Compliance %</source>
            <translation>计划执行率 %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>A-tier customers</source>
            <translation>A 级客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A-tier coverage %</source>
            <translation>A 级覆盖率 %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attainment A %</source>
            <translation>A 级达成率 %</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Attainment B %</source>
            <translation>B 级达成率 %</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Attainment C %</source>
            <translation>C 级达成率 %</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open complaints</source>
            <translation>未结投诉</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Complaints overdue</source>
            <translation>逾期投诉</translation>
        </message>
        <message>
            <location line="+1" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Who</source>
            <translation>操作人</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Comment</source>
            <translation>意见</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Call plan {name} — {week}</source>
            <translation>拜访计划 {name}——{week}</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Status: {status} · revision {revision}</source>
            <translation>状态：{status} · 第 {revision} 版</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Manager's comment: {comment}</source>
            <translation>经理意见：{comment}</translation>
        </message>
    </context>
    <context>
        <name>PlanReason</name>
        <message>
            <location filename="../../desktop/domain/plan_suggestions.py" line="+16" />
            <source>Open complaint, response due {deadline}</source>
            <translation>有未结投诉，答复期限 {deadline}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up overdue since {due}</source>
            <translation>跟进自 {due} 起逾期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-up due {due}</source>
            <translation>跟进 {due} 到期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tier {tier}: {done} of {target} calls this month</source>
            <translation>{tier} 级：本月已拜访 {done}/{target} 次</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Not visited for {days} days</source>
            <translation>已 {days} 天未拜访</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Never visited</source>
            <translation>从未拜访</translation>
        </message>
    </context>
    <context>
        <name>Plans</name>
        <message>
            <location filename="../../desktop/ui/plans/approvals_view.py" line="-11" />
            <source>No plan opened</source>
            <translation>未打开计划</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name} — {week}</source>
            <translation>{name}——{week}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Approvals are for regional managers.</source>
            <translation>审批功能供地区经理使用。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No plan is waiting for your decision.</source>
            <translation>没有等待您审批的计划。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Plans waiting for approval</source>
            <translation>待审批的计划</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Comment (required to return a plan)</source>
            <translation>意见（退回计划时必填）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>What should the representative change?</source>
            <translation>代表需要修改什么？</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approve</source>
            <translation>批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Return with comment</source>
            <translation>附意见退回</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+389" />
            <source>Open call report</source>
            <translation>打开拜访报告</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/hub.py" line="+50" />
            <source>Approvals</source>
            <translation>审批</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team</source>
            <translation>团队</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/notifier.py" line="+19" />
            <source>{manager} approved your plan for {week}.</source>
            <translation>{manager}批准了您 {week} 的计划。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{manager} returned your plan for {week}.</source>
            <translation>{manager}退回了您 {week} 的计划。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your manager</source>
            <translation>您的经理</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Comment: {comment}</source>
            <translation>意见：{comment}</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Call plan decision</source>
            <translation>拜访计划审批结果</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/plan_panel.py" line="+68" />
            <source>{status} · revision {revision} · compliance {compliance}</source>
            <translation>{status} · 第 {revision} 版 · 执行率 {compliance}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>submitted {when}</source>
            <translation>提交于 {when}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Manager's comment: {comment}</source>
            <translation>经理意见：{comment}</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../desktop/ui/plans/week_view.py" line="-22" />
            <source>The server refused a change of this plan:</source>
            <translation>服务器拒绝了对此计划的修改：</translation>
        </message>
        <message>
            <location line="+7" />
            <source>History</source>
            <translation>历史</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Planned call</source>
            <translation>计划拜访</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Time slot</source>
            <translation>时段</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Objective</source>
            <translation>拜访目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. 09:30</source>
            <translation>例如 09:30</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_view.py" line="-188" />
            <source>Sign in to plan your calls.</source>
            <translation>请登录后再计划拜访。</translation>
        </message>
        <message>
            <location line="+163" />
            <source>Export the plan</source>
            <translation>导出计划</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/team_view.py" line="+134" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+6" />
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+0" />
            <source>The file could not be written ({error}); choose another folder.</source>
            <translation>无法写入文件（{error}）；请选择其他文件夹。</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+4" />
            <source>Exported to {path}</source>
            <translation>已导出到 {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_view.py" line="+19" />
            <source>Returned by your manager: {comment} — revise the plan, change it and submit it again.</source>
            <translation>经理退回：{comment}——请修订计划，修改后重新提交。</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Returned: revise the plan to change it.</source>
            <translation>已退回：请先修订计划再修改。</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Drag calls between days, or Ctrl+←/→ (day) and Ctrl+↑/↓ (order).</source>
            <translation>可在各天之间拖动拜访，或用 Ctrl+←/→（换天）和 Ctrl+↑/↓（调整顺序）。</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/team_view.py" line="+22" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+4" />
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+1" />
            <source>Previous week</source>
            <translation>上一周</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+1" />
            <source>Next week</source>
            <translation>下周</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_view.py" line="+1" />
            <source>Submit for approval</source>
            <translation>提交审批</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdraw</source>
            <translation>撤回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revise</source>
            <translation>修订</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/team_view.py" line="+1" />
            <location filename="../../desktop/ui/plans/week_view.py" line="+1" />
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_view.py" line="+1" />
            <source>Plan as PDF…</source>
            <translation>导出计划为 PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan as Excel…</source>
            <translation>导出计划为 Excel…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add customer…</source>
            <translation>添加客户…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Slot and objective…</source>
            <translation>时段和目标…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location line="-28" />
            <location line="+29" />
            <source>Log this call…</source>
            <translation>记录此次拜访…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_side_panel.py" line="+53" />
            <source>Calls planned against the tier targets</source>
            <translation>按级别目标的计划拜访数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add selected</source>
            <translation>添加所选</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Add all</source>
            <translation>全部添加</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suggestions</source>
            <translation>建议</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Status and history</source>
            <translation>状态和历史</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/team_view.py" line="-43" />
            <source>Team — {week}</source>
            <translation>团队——{week}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Export the team summary</source>
            <translation>导出团队汇总</translation>
        </message>
        <message>
            <location line="+17" />
            <source>The team view is for regional managers.</source>
            <translation>团队视图供地区经理使用。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Team summary as PDF…</source>
            <translation>导出团队汇总为 PDF…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team summary as Excel…</source>
            <translation>导出团队汇总为 Excel…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/texts.py" line="+15" />
            <source>Submitted</source>
            <translation>已提交</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Approved</source>
            <translation>已批准</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Returned</source>
            <translation>已退回</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reopened for revision</source>
            <translation>已重新打开修订</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Missed</source>
            <translation>未完成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Planned</source>
            <translation>已计划</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Not allowed for your role or region</source>
            <translation>您的角色或大区无此权限</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This status change is not allowed</source>
            <translation>不允许此状态变更</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The plan is locked</source>
            <translation>计划已锁定</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Invalid values</source>
            <translation>数值无效</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deleted on the server</source>
            <translation>已在服务器上删除</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Refers to a record that is missing or not yours</source>
            <translation>引用的记录不存在或不属于您</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Refused by the server</source>
            <translation>被服务器拒绝</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Not started</source>
            <translation>未开始</translation>
        </message>
        <message>
            <location line="+8" />
            <source>M/d</source>
            <translation>M月d日</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Week of {start} – {end}</source>
            <translation>{start} – {end} 这一周</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/table_models.py" line="-7" />
            <source>{n} overdue</source>
            <translation>{n} 项逾期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>next {when}</source>
            <translation>下次 {when}</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/week_view.py" line="-22" />
            <source>Submitted: withdraw the plan to change its calls.</source>
            <translation>已提交：如需修改拜访，请先撤回计划。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Approved: revise the plan to change it; it then needs approval again.</source>
            <translation>已批准：如需修改请先修订计划，修改后需重新审批。</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/team_view.py" line="-3" />
            <source>Call targets…</source>
            <translation>拜访目标…</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/plans/targets_dialog.py" line="+52" />
            <source>Call targets of the region</source>
            <translation>本大区的拜访目标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calls a month each customer of a tier should get. Your representatives receive the targets at their next sync.</source>
            <translation>各级别客户每月应拜访的次数。代表们在下次同步时会收到这些目标。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Tier {tier}</source>
            <translation>{tier} 级</translation>
        </message>
    </context>
    <context>
        <name>PvDesk</name>
        <message>
            <location filename="../../desktop/ui/common/pills.py" line="+35" />
            <source>Reported</source>
            <translation>已上报</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Received</source>
            <translation>已签收</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waiting for receipt</source>
            <translation>待签收</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/complaints/pv_words.py" line="+27" />
            <source>{stage} · Day 0 {time}</source>
            <translation>{stage} · 第 0 天 {time}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Pharmacovigilance receipt: {clock} · {stage} · Day 0 {time}</source>
            <translation>药物警戒签收：{clock} · {stage} · 第 0 天 {time}</translation>
        </message>
    </context>
    <context>
        <name>PvDeskView</name>
        <message>
            <location filename="../../desktop/ui/complaints/pv_desk.py" line="+89" />
            <source>{product} — {customer}</source>
            <translation>{product} — {customer}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Patient: {initials}, {age}, {sex}</source>
            <translation>患者：{initials}，{age} 岁，{sex}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lot: {lot}</source>
            <translation>批号：{lot}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reaction: {reaction}</source>
            <translation>不良反应：{reaction}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Onset: {date}</source>
            <translation>发生日期：{date}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Day 0: {moment}</source>
            <translation>第 0 天：{moment}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Receipt acknowledged: {moment}</source>
            <translation>已签收：{moment}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Reported to the authority: {moment} (ref. {reference})</source>
            <translation>已上报监管部门：{moment}（编号 {reference}）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>{shown} cases · {waiting} waiting for receipt · {late} late</source>
            <translation>{shown} 例 · {waiting} 例待签收 · {late} 例逾期</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Type the authority's reference for this report first (as the authority gave it).</source>
            <translation>请先填写监管部门给出的报告编号。</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Pharmacovigilance desk</source>
            <translation>药物警戒台</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Open cases</source>
            <translation>未结病例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>All cases</source>
            <translation>全部病例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledge receipt</source>
            <translation>确认签收</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Authority &amp;reference</source>
            <translation>监管编号(&amp;R)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>e.g. the ADR report number</source>
            <translation>例如不良反应报告编号</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mark reported to the authority</source>
            <translation>标记为已上报监管部门</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No open adverse-reaction cases.</source>
            <translation>没有未结的不良反应病例。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A rep's suspected adverse reaction arrives here with its 24-hour clock as soon as it syncs.</source>
            <translation>代表上报的疑似不良反应一经同步即出现在此，并带有 24 小时时钟。</translation>
        </message>
    </context>
    <context>
        <name>QaQueueView</name>
        <message>
            <location filename="../../desktop/ui/complaints/qa_queue.py" line="+72" />
            <source>Answer…</source>
            <translation>答复…</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{n} assigned to you · {late} late</source>
            <translation>分派给你 {n} 件 · {late} 件逾期</translation>
        </message>
        <message>
            <location line="+19" />
            <source>My complaint queue</source>
            <translation>我的投诉队列</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show answered</source>
            <translation>显示已答复</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No complaint is assigned to you.</source>
            <translation>没有分派给你的投诉。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The region's manager or the company's rule per kind assigns complaints; they arrive here with the next sync.</source>
            <translation>投诉由大区经理或公司按类型的规则分派，下次同步后出现在此。</translation>
        </message>
    </context>
    <context>
        <name>QuotaChart</name>
        <message>
            <location filename="../../desktop/ui/desk/quota_chart.py" line="+68" />
            <source>Nothing to draw yet: no quota and no sales figures for this choice.</source>
            <translation>暂无图表：所选范围没有指标，也没有销售数据。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name}: quota and sales by month (CNY)</source>
            <translation>{name}：每月指标与销售额（元）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quota</source>
            <translation>指标</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sales</source>
            <translation>销售额</translation>
        </message>
        <message>
            <location line="+10" />
            <source>M{month}</source>
            <translation>{month}月</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Last year</source>
            <translation>去年</translation>
        </message>
    </context>
    <context>
        <name>QuotaSplit</name>
        <message>
            <location filename="../../desktop/ui/desk/quota_split.py" line="+23" />
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Last year</source>
            <translation>去年销售额</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <location line="+1" />
            <source>M{month}</source>
            <translation>{month}月</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Year</source>
            <translation>全年</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Allocated</source>
            <translation>已分配</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota to split</source>
            <translation>待分配指标</translation>
        </message>
        <message>
            <location line="+5" />
            <source>“{text}” is not an amount: type a number of CNY, such as 12500.</source>
            <extracomment>From this amount in a cell on, the table counts in 10k CNY (万元), as the business does: thirteen columns of "176,064,400" do not fit beside the navigation at 1280 px.</extracomment>
            <translation>“{text}”不是金额：请输入以元为单位的数字，例如 12500。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A quota cannot be negative: type 0 or more.</source>
            <translation>指标不能为负数：请输入 0 或更大的数。</translation>
        </message>
        <message>
            <location line="+138" />
            <source>Not saved yet</source>
            <translation>尚未保存</translation>
        </message>
    </context>
    <context>
        <name>QuotasTab</name>
        <message>
            <location filename="../../desktop/ui/desk/quotas_tab.py" line="+221" />
            <source>The split was not saved: {error}</source>
            <translation>分配未保存：{error}</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>Saved as a draft: %n month(s) changed. The split syncs with the server and waits for approval.</source>
            <translation>
                <numerusform>已保存为草稿：%n 个月有变动。分配将同步到服务器并等待审批。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Saved: %n month(s) changed. The split syncs with the server.</source>
            <translation>
                <numerusform>已保存：%n 个月有变动。分配将同步到服务器。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+21" />
            <source>No quota for {product} in {year} yet. An administrator loads the region's quota (rounds-server quota set); it arrives with the next sync.</source>
            <translation>{product} 在 {year} 年还没有指标。管理员录入大区指标（rounds-server quota set）后，下次同步即可收到。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{rep} has no share of the {year} quota for {product} yet: split the region's quota over the representatives first and save it.</source>
            <translation>{rep} 还没有 {product} 的 {year} 年指标：请先把大区指标分配给各代表并保存。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>No representative owns a territory of your region yet.</source>
            <translation>本大区还没有代表负责的辖区。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{rep} has no hospital among their customers.</source>
            <translation>{rep} 的客户中没有医院。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Quotas are split by a region's manager; this account has no region.</source>
            <translation>销售指标由大区经理分配；此账号不属于任何大区。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Pick a product to split its quota.</source>
            <translation>请选择要分配指标的产品。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota to split: {amount} CNY.</source>
            <translation>待分配指标：{amount} 元。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Amounts in the table in 10k CNY (万元).</source>
            <translation>表中金额单位：万元。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Edited, not saved yet.</source>
            <translation>已修改，尚未保存。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Suggested in proportion to last year's sales; not saved yet.</source>
            <translation>按去年销售额比例建议，尚未保存。</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Saved; %n line(s) waiting for approval.</source>
            <translation>
                <numerusform>已保存；%n 行等待审批。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Saved and approved.</source>
            <translation>已保存并生效。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{rep} keeps {amount} CNY for customers beyond these hospitals.</source>
            <translation>{rep} 保留 {amount} 元，用于这些医院以外的客户。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Shares differ from the quota in: {months}.</source>
            <translation>以下月份的分配合计与指标不符：{months}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>M{month}</source>
            <translation>{month}月</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Split</source>
            <translation>分配</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Region → representatives</source>
            <translation>大区 → 代表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{rep} → hospitals</source>
            <translation>{rep} → 医院</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Achievement</source>
            <translation>达成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suggest from last year</source>
            <translation>按去年建议</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Start again from the split in proportion to last year's sales of the product.</source>
            <translation>重新按该产品去年销售额的比例分配。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Save split</source>
            <translation>保存分配</translation>
        </message>
    </context>
    <context>
        <name>RegionActivitiesView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/activities/region_view.py" line="+130" />
            <source>%n activity(ies), budget {budget}, spent {spent}</source>
            <translation>
                <numerusform>%n 个活动，预算 {budget}，实际 {spent}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n waiting for your decision</source>
            <translation>
                <numerusform>%n 个待您审批</numerusform>
            </translation>
        </message>
        <message>
            <location line="+26" />
            <source>Export activities</source>
            <translation>导出活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Exported to {path}</source>
            <translation>已导出到 {path}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>The export failed: {error}</source>
            <translation>导出失败：{error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Activity</source>
            <translation>活动</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Evaluation</source>
            <translation>评估</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results chart</source>
            <translation>效果图表</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No activity in your region matches</source>
            <translation>您的大区没有符合条件的活动</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activities your representatives plan show here.</source>
            <translation>代表策划的活动会显示在这里。</translation>
        </message>
    </context>
    <context>
        <name>ReminderScheduler</name>
        <message>
            <location filename="../../desktop/ui/follow_ups/reminders.py" line="+79" />
            <source>Follow-up due: {customer}</source>
            <translation>跟进到期：{customer}</translation>
        </message>
    </context>
    <context>
        <name>ResultsChart</name>
        <message>
            <location filename="../../desktop/ui/activities/results_chart.py" line="+110" />
            <source>No held activity among those listed yet: results show here once an activity has been held.</source>
            <extracomment>The bands: (value on the chart's scale, colour token).</extracomment>
            <translation>列表中还没有已举办的活动：活动举办后效果显示在这里。</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n held activity(ies) listed, none with sales figures to judge by yet.</source>
            <translation>
                <numerusform>列表中已举办的活动 %n 个，均暂无可供评估的销售数据。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>Sales growth (%) — bands at 6.83 % and 3 %</source>
            <translation>销售增长率（%）—— 分界线 6.83% 与 3%</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Return on cost (×) — bands at 1.5×, 1× and 0.5×</source>
            <translation>投入产出比（倍）—— 分界线 1.5 倍、1 倍与 0.5 倍</translation>
        </message>
    </context>
    <context>
        <name>RuleSettings</name>
        <message>
            <location filename="../../desktop/ui/desk/rule_settings.py" line="+28" />
            <source>months in a row</source>
            <extracomment>Each rule's threshold: (lowest, highest, decimals, step, what it counts).</extracomment>
            <translation>个月连续下降</translation>
        </message>
        <message>
            <location line="+1" />
            <source>× the tier's call interval</source>
            <translation>× 该级别拜访间隔</translation>
        </message>
        <message>
            <location line="+1" />
            <source>% down on last year</source>
            <translation>% 同比下降</translation>
        </message>
        <message>
            <location line="+1" />
            <source>days since the move</source>
            <translation>天内降级</translation>
        </message>
        <message>
            <location line="+2" />
            <source>past its committed deadline</source>
            <translation>超过承诺期限</translation>
        </message>
        <message>
            <location line="+72" />
            <source>Rules are set by a region's manager; this account has no region.</source>
            <translation>预警规则由大区经理设置；此账号不属于任何大区。</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>Saved: %n rule(s) changed. Your representatives' lists follow at their next sync.</source>
            <translation>
                <numerusform>已保存：%n 条规则有变动。代表下次同步后名单随之更新。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing changed.</source>
            <translation>没有变动。</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Save rules</source>
            <translation>保存规则</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../desktop/ui/settings/view.py" line="+217" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Follow the system</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Keyboard</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Appearance</source>
            <translation>外观</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Light</source>
            <translation>浅色</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dark</source>
            <translation>深色</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Time zone</source>
            <translation>时区</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Remind me of follow-ups at</source>
            <translation>跟进提醒时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Server</source>
            <translation>服务器</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Data file</source>
            <translation>数据文件</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Show reminders as desktop notifications</source>
            <translation>以桌面通知显示提醒</translation>
        </message>
        <message>
            <location line="-4" />
            <location line="+14" />
            <source>(set by your organisation)</source>
            <translation>（由单位统一设置）</translation>
        </message>
        <message>
            <location line="-215" />
            <source>Beijing time</source>
            <extracomment>Zones offered first (the field is in China), each with its name in the interface language.</extracomment>
            <translation>北京时间</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ürümqi</source>
            <translation>乌鲁木齐</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hong Kong</source>
            <translation>香港</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Coordinated Universal Time</source>
            <translation>协调世界时</translation>
        </message>
        <message>
            <location line="+143" />
            <source>Follow the system ({zone}, {offset})</source>
            <translation>跟随系统（{zone}，{offset}）</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Could not change how Rounds starts with your session: {error}. Check that you may write to {place}, or ask IT.</source>
            <translation>无法更改 Rounds 随系统登录启动的设置：{error}。请确认您可以写入 {place}，或联系信息部。</translation>
        </message>
        <message>
            <location line="+37" />
            <source>Start with my session, in the tray</source>
            <translation>登录系统时在托盘中启动</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rounds starts hidden in the system tray when you sign in to the computer, so follow-up reminders reach you before you open it.</source>
            <translation>登录电脑时 Rounds 在系统托盘中隐藏启动，未打开窗口也能收到跟进提醒。</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Not available on this system.</source>
            <translation>此系统不支持。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>None — working offline only</source>
            <translation>无——仅离线工作</translation>
        </message>
    </context>
    <context>
        <name>StartUp</name>
        <message>
            <location filename="../../desktop/ui/app.py" line="+374" />
            <source>Rounds cannot open your data</source>
            <translation>Rounds 无法打开您的数据</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The local database could not be opened: {error}

Your data is in {folder}. Close other copies of Rounds and try again; if it keeps failing, send the log file {log} to IT.</source>
            <translation>无法打开本地数据库：{error}

您的数据位于 {folder}。请关闭其他正在运行的 Rounds 后重试；如仍失败，请将日志文件 {log} 发给信息部。</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/no_display.py" line="+24" />
            <source>Rounds cannot open its window: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Rounds in a desktop session. To check the installation on a machine without a display, run: {command}</source>
            <translation>Rounds 无法打开窗口：没有可用的显示（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。请在桌面会话中启动 Rounds。如需在没有显示的电脑上检查安装，请运行：{command}</translation>
        </message>
        <message>
            <location filename="../../desktop/store/engine.py" line="+36" />
            <source>The local data in {path} is encrypted, and its key is not in this computer's keyring (service "{service}"), so it cannot be read. This happens when the keyring was reset or the file was copied from another computer or folder. If the account syncs with a server, move the file aside and sign in again to download your data; changes not yet sent are in that file only. Ask IT if unsure.</source>
            <translation>{path} 中的本地数据已加密，但本机的 keyring（服务“{service}”）中没有它的密钥，因此无法读取。这通常是因为 keyring 被重置，或该文件是从另一台电脑或另一个文件夹复制来的。如果该账户与服务器同步，请把该文件移到别处，然后重新登录以下载您的数据；尚未发送的更改只保存在该文件中。如有疑问，请联系 IT。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>The local data in {path} cannot be opened with the key kept for it in this computer's keyring: the file is damaged, or it was encrypted with another key (copied from another computer, or its key was replaced). If the account syncs with a server, move the file aside and sign in again to download your data; changes not yet sent are in that file only. Ask IT if unsure.</source>
            <translation>无法用本机 keyring 中为它保存的密钥打开 {path} 中的本地数据：文件已损坏，或它是用另一个密钥加密的（从另一台电脑复制而来，或其密钥已被替换）。如果该账户与服务器同步，请把该文件移到别处，然后重新登录以下载您的数据；尚未发送的更改只保存在该文件中。如有疑问，请联系 IT。</translation>
        </message>
    </context>
    <context>
        <name>SurveyDialog</name>
        <message>
            <location filename="../../desktop/ui/surveys/survey_dialog.py" line="+111" />
            <source>Satisfaction survey</source>
            <translation>满意度调查</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{customer} — {occasion}. Ask the questions and note the answers as given; leave out what the customer does not answer.</source>
            <translation>{customer} — {occasion}。逐一提问并如实记录回答；客户未回答的可留空。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>1 = very dissatisfied … 5 = very satisfied</source>
            <translation>1 = 非常不满意 … 5 = 非常满意</translation>
        </message>
    </context>
    <context>
        <name>SurveyResultsPanel</name>
        <message>
            <location filename="../../desktop/ui/surveys/results_panel.py" line="+93" />
            <source>(none)</source>
            <translation>（未填）</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Period</source>
            <translation>整个期间</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Mean satisfaction (1–5) per month</source>
            <translation>每月平均满意度（1–5）</translation>
        </message>
        <message>
            <location line="+35" />
            <source>{question}: {mean} ({count} answers)</source>
            <translation>{question}：{mean}（{count} 个回答）</translation>
        </message>
        <message>
            <location line="+3" />
            <source>By question — </source>
            <translation>按问题 — </translation>
        </message>
        <message>
            <location line="+6" />
            <source>By</source>
            <translation>分组</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Surveys from</source>
            <translation>调查日期从</translation>
        </message>
        <message>
            <location line="+1" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location line="+3" />
            <source>In the customers' words</source>
            <translation>客户原话</translation>
        </message>
    </context>
    <context>
        <name>Surveys</name>
        <message>
            <location filename="../../desktop/domain/surveys.py" line="+39" />
            <source>Answer at least one question: a survey without answers is not recorded.</source>
            <translation>请至少回答一个问题：没有回答的调查不会保存。</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Tier</source>
            <translation>级别</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>City</source>
            <translation>城市</translation>
        </message>
    </context>
    <context>
        <name>SurveysView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/surveys/view.py" line="+87" />
            <source>%n survey(s) to take: after a closed complaint, and after last month's calls with a customer.</source>
            <translation>
                <numerusform>有 %n 份调查待做：投诉结案后，以及上月拜访过的客户。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>No survey to take now.</source>
            <translation>目前没有待做的调查。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A survey becomes due when a complaint is closed, and for each customer you called last month.</source>
            <translation>投诉结案后，以及上月拜访过的每位客户，都需要做一次满意度调查。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Customer satisfaction</source>
            <translation>客户满意度</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To survey</source>
            <translation>待调查</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Results by group</source>
            <translation>分组结果</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Take survey…</source>
            <translation>开始调查…</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <location filename="../../desktop/sync/errors.py" line="+93" />
            <source>The server cannot be reached. Your changes are kept and will be sent when the connection is back.</source>
            <translation>无法连接服务器。您的修改已保存，网络恢复后会自动发送。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This computer's access was revoked by an administrator, so Rounds deleted its data on this computer (customers, call reports and changes not yet sent) and signed you out. Sign in again or contact IT.</source>
            <translation>管理员已撤销这台电脑的访问权限，因此 Rounds 已删除它在本机上的数据（客户、拜访记录和尚未发送的更改），并已将您退出登录。请重新登录，或联系 IT。</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Your password was reset or your account was deactivated, so you were signed out. Sign in again; changes not yet sent are kept.</source>
            <translation>您的密码已被重置或账户已停用，因此您已退出登录。请重新登录；尚未发送的更改会保留。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This version of Rounds cannot sync with the server. Update the app (or ask IT to update the server).</source>
            <translation>此版本的 Rounds 无法与服务器同步。请更新应用（或请信息部更新服务器）。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No secure password store (keyring) is available.</source>
            <translation>没有可用的安全密码存储（密钥环）。</translation>
        </message>
    </context>
    <context>
        <name>SyncNoticeBar</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/sync/notice.py" line="+51" />
            <source>The server was restored from a backup. Rounds sent again %n change(s) the server had lost and downloaded everything afresh.</source>
            <translation>
                <numerusform>服务器已从备份恢复。Rounds 重新发送了服务器丢失的 %n 项修改，并重新下载了全部数据。</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>The server was restored from a backup. None of your changes were lost; Rounds downloaded everything afresh.</source>
            <translation>服务器已从备份恢复。您的修改均未丢失；Rounds 已重新下载全部数据。</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dismiss</source>
            <translation>知道了</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <location filename="../../desktop/ui/sync/status.py" line="+15" />
            <source>Offline</source>
            <translation>离线</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Syncing…</source>
            <translation>正在同步…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Up to date</source>
            <translation>已是最新</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sync failed, will retry</source>
            <translation>同步失败，稍后重试</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This device was signed out by IT</source>
            <translation>信息部已注销此设备</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Working offline only (no server set)</source>
            <translation>仅离线工作（未设置服务器）</translation>
        </message>
        <message numerus="yes">
            <location line="+55" />
            <source>%n change(s) kept on this computer</source>
            <translation>
                <numerusform>%n 项修改保存在本机</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n change(s) not yet sent</source>
            <translation>
                <numerusform>%n 项修改尚未发送</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>All changes sent</source>
            <translation>所有修改已发送</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Last sync: {when}</source>
            <translation>上次同步：{when}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Never synced</source>
            <translation>从未同步</translation>
        </message>
    </context>
    <context>
        <name>TeamReport</name>
        <message>
            <location filename="../../desktop/domain/team_report.py" line="+49" />
            <source>KPIs by rep and period</source>
            <translation>代表及周期关键指标</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota achievement</source>
            <translation>指标达成</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customers at risk</source>
            <translation>风险客户</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team</source>
            <translation>团队合计</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+129" />
            <source>Month</source>
            <translation>月</translation>
        </message>
        <message>
            <location line="-129" />
            <source>Week</source>
            <translation>周</translation>
        </message>
        <message>
            <location line="+101" />
            <location line="+26" />
            <location line="+16" />
            <source>Representative</source>
            <translation>医药代表</translation>
        </message>
        <message>
            <location line="-41" />
            <source>Period</source>
            <translation>周期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>From</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>To</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calls made</source>
            <translation>实际拜访次数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calls planned</source>
            <translation>计划拜访次数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calls against plan</source>
            <translation>拜访计划完成率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A-tier coverage</source>
            <translation>A级客户覆盖率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>B-tier coverage</source>
            <translation>B级客户覆盖率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>C-tier coverage</source>
            <translation>C级客户覆盖率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Frequency attainment</source>
            <translation>拜访频率达成率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan compliance</source>
            <translation>计划执行率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Prescription share</source>
            <translation>处方比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Share change on the period before</source>
            <translation>处方比例环比变化</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Sales against quota</source>
            <translation>销售指标达成率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Calls per 10k CNY of sales</source>
            <translation>每万元销售额拜访次数</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Activity cost against sales</source>
            <translation>活动费用占销售额比例</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Complaints answered on time</source>
            <translation>投诉按时答复率</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Adverse reactions reported within 24 h</source>
            <translation>不良反应24小时内上报率</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Level</source>
            <translation>层级</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Region</source>
            <translation>大区</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hospital</source>
            <translation>医院</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Quota (CNY)</source>
            <translation>指标（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales (CNY)</source>
            <translation>销售额（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Achievement</source>
            <translation>达成率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Quota year to date (CNY)</source>
            <translation>年累计指标（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sales year to date (CNY)</source>
            <translation>年累计销售额（元）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Achievement year to date</source>
            <translation>年累计达成率</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Forecast for the year, run rate (CNY)</source>
            <translation>全年预测（按当前进度，元）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Forecast for the year, on last year (CNY)</source>
            <translation>全年预测（按去年同期增长，元）</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Rule</source>
            <translation>规则</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>TeamView</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/plans/team_view.py" line="-15" />
            <source>%n representative(s)</source>
            <translation>
                <numerusform>%n 名代表</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>%n plan(s) approved</source>
            <translation>
                <numerusform>%n 份计划已批准</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{waiting} waiting</source>
            <translation>{waiting} 份待审批</translation>
        </message>
        <message>
            <location line="+2" />
            <source>team compliance {compliance}</source>
            <translation>团队执行率 {compliance}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n call(s) this week</source>
            <translation>
                <numerusform>本周拜访 %n 次</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TodayView</name>
        <message>
            <location filename="../../desktop/ui/today/columns.py" line="-140" />
            <source>To do</source>
            <translation>待拜访</translation>
        </message>
        <message>
            <location line="+62" />
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <location line="+40" />
            <source>Quality</source>
            <translation>产品质量</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Suspected ADR</source>
            <translation>疑似不良反应</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Delivery</source>
            <translation>配送物流</translation>
        </message>
        <message>
            <location filename="../../desktop/ui/today/view.py" line="+251" />
            <source>Planned calls (Enter logs the call)</source>
            <translation>计划拜访（回车记录拜访）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Follow-ups due or overdue ({n})</source>
            <translation>到期或逾期的跟进（{n}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Complaints nearing their deadline ({n})</source>
            <translation>临近期限的投诉（{n}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customers overdue for a visit by tier ({n})</source>
            <translation>按级别应拜访而未拜访的客户（{n}）</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Customers at risk ({n})</source>
            <translation>流失风险客户（{n}）</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Customers at risk</source>
            <translation>流失风险客户</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Showing the {shown} most urgent of {total}.</source>
            <translation>显示最紧急的 {shown} 位（共 {total} 位）。</translation>
        </message>
        <message>
            <location line="+5" />
            <source>You have no calls of your own today.</source>
            <translation>今天您没有自己的拜访。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Your team's plans are under Plans (Ctrl+4).</source>
            <translation>团队的计划在“拜访计划”中（Ctrl+4）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>No calls planned for today.</source>
            <translation>今天没有计划拜访。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Plan your week under Plans (Ctrl+4); its calls show here on their day.</source>
            <translation>在“拜访计划”中安排本周（Ctrl+4），当天的拜访会显示在这里。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Nothing due. Well done.</source>
            <translation>没有到期事项，做得好。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A call report's next step becomes a follow-up and shows here on its due date.</source>
            <translation>拜访报告中的下一步会成为跟进事项，并在到期当天显示在这里。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No complaint is close to its deadline.</source>
            <translation>没有临近期限的投诉。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Capture one with Ctrl+Shift+N; its committed deadline is watched here.</source>
            <translation>按 Ctrl+Shift+N 登记投诉，这里会盯着它的承诺答复期限。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Every customer is within their visit frequency.</source>
            <translation>所有客户都在拜访频率之内。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A customer shows here once their tier's call target is missed.</source>
            <translation>客户未达到其级别的拜访目标时会显示在这里。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>No customer of yours is at risk.</source>
            <translation>您的客户暂无流失风险。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A customer shows here, with the reason, when their share or purchases fall, a complaint runs late or calls stop.</source>
            <translation>当客户处方份额或采购下降、投诉超期或长期未拜访时，会连同原因显示在这里。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Reading…</source>
            <translation>正在读取…</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Today, {date}</source>
            <translation>今天 {date}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>Today, {date}: your team has logged {logged} of %n planned call(s)</source>
            <translation>
                <numerusform>今天 {date}：团队计划拜访已记录 {logged}/%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>Today, {date}: {logged} of %n planned call(s) logged</source>
            <translation>
                <numerusform>今天 {date}：计划拜访已记录 {logged}/%n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../desktop/models/validation.py" line="-287" />
            <source>{field} is required.</source>
            <translation>{field}为必填项。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be one of: {choices}.</source>
            <translation>{field}必须是以下之一：{choices}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be six digits, e.g. 100730.</source>
            <translation>{field}必须是六位数字，例如 100730。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be an 11-digit mobile number starting with 1, e.g. 13812345678.</source>
            <translation>{field}必须是以 1 开头的 11 位手机号，例如 13812345678。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} must contain a phone number, e.g. 010-69156114 or 13812345678.</source>
            <translation>{field}须包含电话号码，例如 010-69156114 或 13812345678。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be an e-mail address such as name@example.com.</source>
            <translation>{field}必须是电子邮件地址，例如 name@example.com。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be a month written YYYY-MM, e.g. 2026-03.</source>
            <translation>{field}必须是 YYYY-MM 格式的月份，例如 2026-03。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} cannot be negative.</source>
            <translation>{field}不能为负数。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be between {low} and {high}.</source>
            <translation>{field}必须在 {low} 到 {high} 之间。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} cannot be more than {other}.</source>
            <translation>{field}不能大于{other}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} cannot be earlier than {other}.</source>
            <translation>{field}不能早于{other}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} is not kept for patients (privacy); leave it empty.</source>
            <translation>出于隐私保护，患者不保存{field}；请留空。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} is longer than {limit} characters.</source>
            <translation>{field}超过 {limit} 个字符。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} is required for a suspected adverse reaction.</source>
            <translation>疑似不良反应必须填写{field}。</translation>
        </message>
        <message>
            <location line="+267" />
            <source>{field}: a scale is answered 1 to 5 and a text in at most {limit} characters.</source>
            <translation>{field}：评分须为 1 到 5，文字不超过 {limit} 个字符。</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/figures_entry.py" line="+2" />
            <source>{field} must be a whole number, e.g. 120.</source>
            <translation>{field}必须是整数，例如 120。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{field} must be a number, e.g. 1250.50.</source>
            <translation>{field}必须是数字，例如 1250.50。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter at least one figure.</source>
            <translation>请至少填写一项数据。</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <location filename="../../desktop/ui/activities/checkin_dialog.py" line="-165" />
            <source>Add a walk-in</source>
            <translation>添加现场来宾</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Organisation</source>
            <translation>所属机构</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Enter the person's name.</source>
            <translation>请输入来宾姓名。</translation>
        </message>
    </context>
    <context>
        <name>WeekModel</name>
        <message numerus="yes">
            <location filename="../../desktop/ui/plans/week_model.py" line="+109" />
            <source>%n call(s)</source>
            <translation>
                <numerusform>%n 次拜访</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <location filename="../../desktop/domain/workflows.py" line="+44" />
            <source>A complaint moves one step at a time: from {old} it can only go to {allowed}.</source>
            <translation>投诉必须逐步推进：从 {old} 只能到 {allowed}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The complaint is closed; it cannot change any more.</source>
            <translation>该投诉已关闭，不能再修改。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A suspected adverse reaction can only be closed once it has been reported to pharmacovigilance.</source>
            <translation>疑似不良反应必须先报告药物警戒部门，才能关闭。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Record the customer's satisfaction (1–5) before marking it recorded.</source>
            <translation>请先记录客户满意度（1–5），再标记为已记录。</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Only the pharmacovigilance desk (role pv) acknowledges receipt of a case and marks it reported to the authority.</source>
            <translation>只有药物警戒部门（pv 角色）可以确认接收病例并标记为已上报监管部门。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A complaint is assigned to an active complaint handler (role qa) of its region or of the whole company.</source>
            <translation>投诉只能指派给本大区或全公司范围内在职的投诉处理人（qa 角色）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A complaint is assigned to a handler by the region's manager, or by the company's rule for its kind.</source>
            <translation>投诉由大区经理指派给处理人，或按公司针对该投诉类型设定的规则自动指派。</translation>
        </message>
        <message>
            <location line="+2" />
            <source>This customer already answered the survey of this call cycle (taken on another device); this second survey was not recorded.</source>
            <translation>该客户本拜访周期的满意度调查已在另一台设备上完成；这份重复的调查未被记录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This customer already answered the survey of this complaint (taken on another device); this second survey was not recorded.</source>
            <translation>该客户对此投诉的满意度调查已在另一台设备上完成；这份重复的调查未被记录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The pharmacovigilance desk records receipt and reports of existing cases; it does not create or delete complaints.</source>
            <translation>药物警戒部门只记录已有病例的接收和上报，不新建或删除投诉。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only suspected adverse reactions go to the pharmacovigilance desk.</source>
            <translation>只有疑似不良反应才转交药物警戒部门。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The pharmacovigilance desk records receipt and the report to the authority; the rest of a case is the representative's.</source>
            <translation>药物警戒部门记录接收和向监管部门的上报；病例的其他内容由医药代表填写。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Receipt and reports are signed with your own account.</source>
            <translation>接收和上报须以您本人的账号签署。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Acknowledge receipt of the case before marking it reported to the authority.</source>
            <translation>请先确认接收病例，再标记为已上报监管部门。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A handler works on the complaints assigned to them.</source>
            <translation>处理人只能处理指派给自己的投诉。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A handler answers a complaint (progress and resolution); its capture and assignment are not theirs to change.</source>
            <translation>处理人负责答复投诉（进展和处理结果），不能修改投诉的录入内容和指派。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A handler starts and resolves a complaint; the representative reports the answer to the customer.</source>
            <translation>处理人负责开始处理和解决投诉；由医药代表将答复反馈给客户。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A handler records the steps of the complaints assigned to them.</source>
            <translation>处理人只能记录指派给自己的投诉的处理步骤。</translation>
        </message>
        <message>
            <location line="+17" />
            <source>A {role} cannot move a plan from {old} to {new}.</source>
            <translation>{role}不能将计划从 {old} 改为 {new}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The plan is {status}; withdraw or revise it before changing its calls.</source>
            <translation>计划状态为 {status}；请先撤回或修订，再修改其中的拜访。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The plan is already {status}.</source>
            <translation>计划已经是“{status}”状态。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the approving manager writes the decision and its comment.</source>
            <translation>只有审批经理可以填写审批决定和意见。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say why the plan is returned: a comment is required.</source>
            <translation>请说明退回计划的原因：必须填写意见。</translation>
        </message>
        <message>
            <location line="+38" />
            <source>This call report was submitted and is locked; record a correction instead.</source>
            <translation>该拜访报告已提交并锁定；请改为记录更正。</translation>
        </message>
        <message>
            <location line="+45" />
            <source>The activity's {party} cannot move it from {old} to {new}.</source>
            <translation>活动的{party}不能将其从{old}改为{new}。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the activity's owner or the manager of its region can change it.</source>
            <translation>只有活动负责人或所在大区的经理可以修改该活动。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Say why the activity is returned: a comment is required.</source>
            <translation>请说明退回活动的原因：必须填写意见。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>An activity is evaluated with a verdict; evaluate it from its figures.</source>
            <translation>活动评估需要结论；请根据数据进行评估。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activity is {status}; revise it (it goes back to draft and needs approval again) before changing its plan, products or budget.</source>
            <translation>活动状态为{status}；修改计划、产品或预算前请先修订（活动将回到草稿并需重新审批）。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activity is {status}; it cannot change any more.</source>
            <translation>活动状态为{status}；不能再修改。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activity is evaluated; only the evaluation comment can change.</source>
            <translation>活动已评估；只能修改评估意见。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the manager of the region decides on the activity, enters the survey figures and evaluates it.</source>
            <translation>只有大区经理可以审批活动、填写调查数据并进行评估。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Revising an activity raises its revision by one; other moves keep it.</source>
            <translation>修订活动会使版本号加一；其他操作不改变版本号。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The verdict is written when the held activity is evaluated, and only then.</source>
            <translation>只有在评估已举办的活动时才写入结论。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The activity is {status}; check-ins, walk-ins and actual costs are recorded once it is approved.</source>
            <translation>活动状态为{status}；签到、现场新增来宾和实际费用须在活动获批后记录。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the activity's owner plans it: its kind, title, dates, place and invitations.</source>
            <translation>只有活动负责人可以制定活动计划：类型、标题、日期、地点和邀请。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Only the activity's owner changes its products, invitees and costs.</source>
            <translation>只有活动负责人可以修改其产品、受邀者和费用。</translation>
        </message>
        <message>
            <location line="+121" />
            <source>The follow-up was cancelled; it cannot change any more. Create a new one if the work is needed after all.</source>
            <translation>该跟进已取消，不能再修改。如仍需处理，请新建一条跟进。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>A follow-up cannot go from {old} to {new}.</source>
            <translation>跟进不能从 {old} 改为 {new}。</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/plan_week.py" line="+297" />
            <source>You have no territory yet, so there is nothing to plan; ask your administrator to assign one.</source>
            <translation>您还没有负责的辖区，因此无需计划；请联系管理员分配辖区。</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/team.py" line="+175" />
            <source>Only a regional manager sets the call targets of a region.</source>
            <translation>只有地区经理可以设置大区的拜访目标。</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/complaint_desk.py" line="+30" />
            <source>A complaint is assigned to a handler by the region's manager.</source>
            <translation>投诉由大区经理指派给处理人。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Choose an active complaint handler.</source>
            <translation>请选择一位在职的投诉处理人。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The complaint is {status}; only a complaint not yet answered can be assigned.</source>
            <translation>该投诉状态为{status}；只有尚未答复的投诉才能指派。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>This complaint is assigned to another handler.</source>
            <translation>该投诉已指派给其他处理人。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Write the answer for the customer.</source>
            <translation>请填写给客户的答复。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The complaint is {status}; a handler answers a complaint assigned to them that is not yet resolved.</source>
            <translation>该投诉状态为{status}；处理人只能答复指派给自己且尚未解决的投诉。</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/complaint_routes.py" line="+15" />
            <source>Assigned by the company's rule for this kind of complaint.</source>
            <translation>按公司对此类投诉的规则自动指派。</translation>
        </message>
        <message>
            <location filename="../../desktop/domain/pv_clock.py" line="+36" />
            <source>This complaint is not a suspected adverse reaction.</source>
            <translation>该投诉不是疑似不良反应。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Enter the authority's reference for the report.</source>
            <translation>请输入监管部门给出的上报编号。</translation>
        </message>
        <message>
            <location line="+1" />
            <source>The case was already reported to the authority.</source>
            <translation>该病例已上报监管部门。</translation>
        </message>
    </context>
</TS>