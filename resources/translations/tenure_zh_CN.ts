<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountDetailView</name>
    <message>
        <source>Signed up</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>NPS answer</source>
        <translation>NPS 回复</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>订阅</translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>Tenure dashboard</source>
        <translation>Tenure 仪表板</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>仪表板：%1</translation>
    </message>
    <message>
        <source>Store %1 · made on %2</source>
        <translation>数据库 %1 · 生成于 %2</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>%1: cannot be written as an image</source>
        <translation>%1：无法写入为图像</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2 个百分点</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Usage trend:</source>
        <translation>使用趋势：</translation>
    </message>
    <message>
        <source>Recency of last activity:</source>
        <translation>距最近活动：</translation>
    </message>
    <message>
        <source>Onboarding completion:</source>
        <translation>新客户引导完成度：</translation>
    </message>
    <message>
        <source>Support experience:</source>
        <translation>支持体验：</translation>
    </message>
    <message>
        <source>Latest NPS answer:</source>
        <translation>最新 NPS 回答：</translation>
    </message>
    <message>
        <source>Revenue trend:</source>
        <translation>收入趋势：</translation>
    </message>
    <message>
        <source>Points per currency unit spent:</source>
        <translation>每消费 1 个货币单位的积分：</translation>
    </message>
    <message>
        <source>Bonus for a referral:</source>
        <translation>推荐奖励：</translation>
    </message>
    <message>
        <source>Bonus for a review:</source>
        <translation>评价奖励：</translation>
    </message>
    <message>
        <source>Bonus for a social follow:</source>
        <translation>社交关注奖励：</translation>
    </message>
    <message>
        <source>Silver from (points in 12 months):</source>
        <translation>银牌门槛（12 个月内积分）：</translation>
    </message>
    <message>
        <source>Gold from (points in 12 months):</source>
        <translation>金牌门槛（12 个月内积分）：</translation>
    </message>
</context>
<context>
    <name>SupportKpi</name>
    <message>
        <source>Tickets created</source>
        <translation>创建的工单数</translation>
    </message>
    <message>
        <source>Tickets answered</source>
        <translation>已回复的工单数</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>首次响应，中位数</translation>
    </message>
    <message>
        <source>First response, p90</source>
        <translation>首次响应，p90</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>24 小时内回复率</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>首次联系解决率</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>解决时间，中位数</translation>
    </message>
    <message>
        <source>Resolution, p90</source>
        <translation>解决时间，p90</translation>
    </message>
    <message>
        <source>Live contacts</source>
        <translation>实时联系数</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等待时间</translation>
    </message>
    <message>
        <source>Wait, p90</source>
        <translation>等待时间，p90</translation>
    </message>
    <message>
        <source>Waits over 5 min</source>
        <translation>等待超过 5 分钟</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压工单</translation>
    </message>
    <message>
        <source>First response in business time, median</source>
        <translation>首次响应（工作时间），中位数</translation>
    </message>
    <message>
        <source>First response in business time, p90</source>
        <translation>首次响应（工作时间），p90</translation>
    </message>
    <message>
        <source>Resolution in business time, median</source>
        <translation>解决时间（工作时间），中位数</translation>
    </message>
    <message>
        <source>Resolution in business time, p90</source>
        <translation>解决时间（工作时间），p90</translation>
    </message>
    <message>
        <source>The tickets counted are the numerator rows; tickets left out say why.</source>
        <translation>计入的工单为分子行；未计入的工单会注明原因。</translation>
    </message>
    <message>
        <source>The tickets the figure is taken from are the numerator rows, shortest first, each with its rank; the rank the figure comes from is marked. Tickets left out (no response or resolution yet, another period) say why.</source>
        <translation>该数值所依据的工单为分子行，按时长从短到长排列并标出各自的排位；数值所取自的排位已作标记。未计入的工单（尚未响应或解决、属于其他周期）会注明原因。</translation>
    </message>
    <message>
        <source>The live-channel tickets whose waits are averaged are the numerator rows; tickets left out say why.</source>
        <translation>参与等待时间平均的实时渠道工单为分子行；未计入的工单会注明原因。</translation>
    </message>
    <message>
        <source>Numerator: tickets answered within 24 hours. Denominator: tickets created at least 24 hours before the data&apos;s last ticket; one still unanswered is a miss. Tickets created later are left out.</source>
        <translation>分子：24 小时内回复的工单。分母：创建时间比数据中最后一张工单早至少 24 小时的工单；仍未回复的工单计为未达标。之后创建的工单不计入。</translation>
    </message>
    <message>
        <source>Numerator: resolved tickets closed with at most one contact. Denominator: resolved tickets with a known number of contacts.</source>
        <translation>分子：最多一次联系即关闭的已解决工单。分母：联系次数已知的已解决工单。</translation>
    </message>
    <message>
        <source>Numerator: live-channel tickets that waited over five minutes. Denominator: live-channel tickets with a known wait.</source>
        <translation>分子：等待超过五分钟的实时渠道工单。分母：等待时间已知的实时渠道工单。</translation>
    </message>
    <message>
        <source>Numerator: live-channel contacts abandoned before an answer. Denominator: live-channel contacts.</source>
        <translation>分子：在得到答复前放弃的实时渠道联系。分母：实时渠道联系。</translation>
    </message>
    <message>
        <source>The numerator rows are the tickets still open at the period&apos;s end.</source>
        <translation>分子行为周期末仍未结的工单。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Tenure: a local-first retention dashboard.</source>
        <translation>Tenure：本地优先的客户留存仪表板。</translation>
    </message>
    <message>
        <source>The store file to open.</source>
        <translation>要打开的数据库文件。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The store file to open (a new one is filled with demo data).</source>
        <translation>要打开的数据库文件（新建的文件会填入演示数据）。</translation>
    </message>
    <message>
        <source>[store]</source>
        <translation>[数据库]</translation>
    </message>
    <message>
        <source>give one store file, either as an argument or with --db</source>
        <translation>请只指定一个数据库文件：作为参数或通过 --db 指定，二者择一</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>events</source>
        <translation>使用事件</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <source>nps</source>
        <translation>NPS 调查回复</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>onboarding</source>
        <translation>新客户引导</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>客户互动记录</translation>
    </message>
    <message>
        <source>loyalty</source>
        <translation>会员忠诚度计划</translation>
    </message>
    <message>
        <source>Creating a demo company: importing %1…</source>
        <translation>正在创建演示公司：正在导入%1…</translation>
    </message>
    <message>
        <source>Creating a demo company for your first look at Tenure…</source>
        <translation>正在创建演示公司，供您初次体验 Tenure…</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>首次运行</translation>
    </message>
    <message>
        <source>The demo company could not be created (nothing was kept): %1</source>
        <translation>无法创建演示公司（未保留任何内容）：%1</translation>
    </message>
    <message>
        <source>cannot save the screenshot to %1</source>
        <translation>无法将截图保存到 %1</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountDetailView</name>
    <message>
        <source>Open an account from the Accounts view (double-click a row, or press Enter), or from the rows behind any figure.</source>
        <translation>请从“账户”视图打开账户（双击某行或按 Enter 键），或从任一数值背后的明细行中打开。</translation>
    </message>
    <message>
        <source>Change &amp;owner…</source>
        <translation>更改负责人(&amp;O)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解决时间</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>撰写时间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>新客户引导</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动记录</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Write a note about this account…</source>
        <translation>为此账户写一条备注…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>添加备注(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove note</source>
        <translation>删除备注(&amp;R)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Churned on %1</source>
        <translation>已于 %1 流失</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无</translation>
    </message>
    <message>
        <source>MRR:</source>
        <translation>MRR：</translation>
    </message>
    <message>
        <source>Signed up:</source>
        <translation>注册日期：</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>续约日期：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地区：</translation>
    </message>
    <message>
        <source>Loyalty points:</source>
        <translation>忠诚度积分：</translation>
    </message>
    <message>
        <source>Open tickets:</source>
        <translation>未结工单：</translation>
    </message>
    <message>
        <source>Latest NPS:</source>
        <translation>最近 NPS：</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Onboarding (%1/%2)</source>
        <translation>新客户引导（%1/%2）</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>工单（%1）</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>备注（%1）</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>任务（%1）</translation>
    </message>
    <message>
        <source>Complete “%1”</source>
        <translation>完成“%1”</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>重新打开“%1”</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>删除备注</translation>
    </message>
    <message>
        <source>Set owner to %1</source>
        <translation>将负责人设为 %1</translation>
    </message>
    <message>
        <source>Complete task “%1”</source>
        <translation>完成任务“%1”</translation>
    </message>
    <message>
        <source>Reopen task “%1”</source>
        <translation>重新打开任务“%1”</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>更改负责人</translation>
    </message>
    <message>
        <source>Owner of %1:</source>
        <translation>%1 的负责人：</translation>
    </message>
    <message>
        <source>Component or signal</source>
        <translation>组成项或信号</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Health could not be computed: %1</source>
        <translation>无法计算健康度：%1</translation>
    </message>
    <message>
        <source>Health: computing the store&apos;s scores…</source>
        <translation>健康度：正在计算数据库的健康分…</translation>
    </message>
    <message>
        <source>Health: not scored (the customer left)</source>
        <translation>健康度：未评分（客户已流失）</translation>
    </message>
    <message>
        <source>Health: not scored (no usage, orders, tickets, answers or milestones yet)</source>
        <translation>健康度：未评分（尚无使用、订单、工单、回复或里程碑数据）</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health %1&lt;/b&gt; &lt;span style=&quot;color:%2&quot;&gt;● %3&lt;/span&gt; · stage: %4</source>
        <translation>&lt;b&gt;健康分 %1&lt;/b&gt; &lt;span style=&quot;color:%2&quot;&gt;● %3&lt;/span&gt; · 阶段：%4</translation>
    </message>
    <message>
        <source> · churn risk %1</source>
        <translation> · 流失风险 %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n signal(s)</source>
        <translation>
            <numerusform> · %n 个信号</numerusform>
        </translation>
    </message>
    <message>
        <source>Health (%1)</source>
        <translation>健康度（%1）</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountsFilterBar</name>
    <message>
        <source>Show the accounts of one segment</source>
        <translation>显示某个客群的账户</translation>
    </message>
    <message>
        <source>Show the accounts of one owner</source>
        <translation>显示某位负责人的账户</translation>
    </message>
    <message>
        <source>Show the accounts on one plan</source>
        <translation>显示某个套餐的账户</translation>
    </message>
    <message>
        <source>Show the accounts of one region</source>
        <translation>显示某个地区的账户</translation>
    </message>
    <message>
        <source>Show active or churned accounts</source>
        <translation>显示活跃或已流失的账户</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>所有客群</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>所有套餐</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>所有地区</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>All health bands</source>
        <translation>全部健康等级</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>新客户引导</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Expansion candidate</source>
        <translation>扩展候选</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
    <message>
        <source>Show the accounts of one health band or journey stage</source>
        <translation>显示某一健康等级或旅程阶段的账户</translation>
    </message>
    <message>
        <source>Computing every account&apos;s health…</source>
        <translation>正在计算所有账户的健康度…</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountsView</name>
    <message>
        <source>Search accounts…</source>
        <translation>搜索账户…</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个账户</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%2 个账户中的 %1 个</translation>
    </message>
    <message>
        <source>Assign owner…</source>
        <translation>分配负责人…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>添加标签…</translation>
    </message>
    <message>
        <source>Export selected to CSV…</source>
        <translation>将所选账户导出为 CSV…</translation>
    </message>
    <message>
        <source>Searches the customer ID, name, company and e-mail</source>
        <translation>搜索客户 ID、姓名、公司和电子邮件</translation>
    </message>
    <message>
        <source>Give the selected accounts an owner</source>
        <translation>为所选账户指定负责人</translation>
    </message>
    <message>
        <source>Add a tag to the selected accounts</source>
        <translation>为所选账户添加标签</translation>
    </message>
    <message>
        <source>Write the selected accounts, every column, to a CSV file</source>
        <translation>将所选账户（含所有列）写入 CSV 文件</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>未选择账户</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>已选择 %1 个</translation>
    </message>
    <message>
        <source>The owner could not be saved: %1</source>
        <translation>无法保存负责人：%1</translation>
    </message>
    <message>
        <source>Cleared the owner of %1 accounts</source>
        <translation>已清除 %1 个账户的负责人</translation>
    </message>
    <message>
        <source>Assigned %1 accounts to %2</source>
        <translation>已将 %1 个账户分配给 %2</translation>
    </message>
    <message>
        <source>The tag could not be added: %1</source>
        <translation>无法添加标签：%1</translation>
    </message>
    <message>
        <source>Tagged %1 accounts “%2”</source>
        <translation>已为 %1 个账户添加标签“%2”</translation>
    </message>
    <message>
        <source>The accounts could not be exported: %1</source>
        <translation>无法导出账户：%1</translation>
    </message>
    <message>
        <source>Exported %1 accounts to %2</source>
        <translation>已将 %1 个账户导出到 %2</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>分配负责人</translation>
    </message>
    <message>
        <source>Owner of the %1 selected accounts (leave empty to clear):</source>
        <translation>所选 %1 个账户的负责人（留空则清除）：</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Tag to add to the %1 selected accounts:</source>
        <translation>要为所选 %1 个账户添加的标签：</translation>
    </message>
    <message>
        <source>Export selected accounts</source>
        <translation>导出所选账户</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns.</source>
        <translation>单击排序；右键单击选择要显示的列。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::BusinessHoursBox</name>
    <message>
        <source>Support hours</source>
        <translation>支持服务时间</translation>
    </message>
    <message>
        <source>Count support times in &amp;business hours too</source>
        <translation>同时按工作时间计算支持时长(&amp;B)</translation>
    </message>
    <message>
        <source>00:00 closes at midnight, at the end of the day.</source>
        <translation>00:00 表示在当天结束时的午夜关闭。</translation>
    </message>
    <message>
        <source>e.g. 2024-12-25, 2024-12-26</source>
        <translation>例如 2024-12-25, 2024-12-26</translation>
    </message>
    <message>
        <source>Some days have their own hours (set with tenure-cli); they are kept.</source>
        <translation>某些日子有单独的服务时间（通过 tenure-cli 设置），这些设置会保留。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>工作日：</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>开始时间(&amp;O)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Ho&amp;lidays:</source>
        <translation>节假日(&amp;L)：</translation>
    </message>
    <message>
        <source>The stored support hours cannot be used: %1. They are left as they are unless you set new ones here.</source>
        <translation>已保存的支持服务时间无法使用：%1。除非在此处设置新的时间，否则将保持不变。</translation>
    </message>
    <message>
        <source>Support hours: the closing time must be after the opening time.</source>
        <translation>支持服务时间：结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Support hours: %1 is not a time zone this system knows.</source>
        <translation>支持服务时间：%1 不是本系统识别的时区。</translation>
    </message>
    <message>
        <source>Support hours: choose at least one working day.</source>
        <translation>支持服务时间：请至少选择一个工作日。</translation>
    </message>
    <message>
        <source>Support hours: &quot;%1&quot; is not a date. Write holidays as dates such as 2024-12-25, separated by commas or spaces.</source>
        <translation>支持服务时间：“%1”不是日期。请以 2024-12-25 这样的日期填写节假日，用逗号或空格分隔。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ChartContextMenu</name>
    <message>
        <source>Export chart as image…</source>
        <translation>将图表导出为图像…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ChurnView</name>
    <message>
        <source>Churn &amp;&amp; retention</source>
        <translation>流失 &amp;&amp; 留存</translation>
    </message>
    <message>
        <source>Gained &amp;&amp; lost</source>
        <translation>新增 &amp;&amp; 流失</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR 变动</translation>
    </message>
    <message>
        <source>Churn reasons</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>同期群</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>客户流失率</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>客户留存率</translation>
    </message>
    <message>
        <source>Customers gained and lost</source>
        <translation>新增与流失的客户</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>New and lost</source>
        <translation>新增与流失</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>期末</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Double-click a period to see the customers behind it.</source>
        <translation>双击某个周期可查看其背后的客户。</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>期初 MRR</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>收缩</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>重新激活</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>期末 MRR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>NRR</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>GRR</translation>
    </message>
    <message>
        <source>Why customers left (exit surveys)</source>
        <translation>客户离开的原因（退出调查）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Retention of:</source>
        <translation>留存对象：</translation>
    </message>
    <message>
        <source>Days since signup</source>
        <translation>注册后天数</translation>
    </message>
    <message>
        <source>Weeks since signup</source>
        <translation>注册后周数</translation>
    </message>
    <message>
        <source>Quarters since signup</source>
        <translation>注册后季度数</translation>
    </message>
    <message>
        <source>Years since signup</source>
        <translation>注册后年数</translation>
    </message>
    <message>
        <source>Months since signup</source>
        <translation>注册后月数</translation>
    </message>
    <message>
        <source>Churn (%)</source>
        <translation>流失率 (%)</translation>
    </message>
    <message>
        <source>Average, physical goods</source>
        <translation>平均值，实体商品</translation>
    </message>
    <message>
        <source>Average, digital</source>
        <translation>平均值，数字产品</translation>
    </message>
    <message>
        <source>Retention (%)</source>
        <translation>留存率 (%)</translation>
    </message>
    <message>
        <source>Click a period to see the customers behind its figures. Dashed lines: average quarterly churn of subscription services (Recurly: physical goods 10.6 %, digital 8.2 %)</source>
        <translation>单击某个周期可查看其数值背后的客户。虚线：订阅服务的平均季度流失率（Recurly：实体商品 10.6%，数字产品 8.2%）</translation>
    </message>
    <message>
        <source>, restated per period of this chart</source>
        <translation>，已按本图表的周期换算</translation>
    </message>
    <message>
        <source>%1 is still in progress (the larger, paler point): its figures are partial.</source>
        <translation>%1 仍在进行中（较大、较浅的点）：其数值不完整。</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1（不完整）</translation>
    </message>
    <message>
        <source>New and lost in the period</source>
        <translation>本周期新增与流失</translation>
    </message>
    <message>
        <source>MRR moved</source>
        <translation>MRR 变动额</translation>
    </message>
    <message>
        <source>No exit surveys in these periods. Import feedback rows of kind exit_survey to see why customers leave.</source>
        <translation>这些周期内没有退出调查。导入类型为 exit_survey 的反馈行，即可查看客户离开的原因。</translation>
    </message>
    <message>
        <source>Exit surveys</source>
        <translation>退出调查</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>%1 exit surveys answered in these periods; the most given reason, %2, accounts for %3 of them.</source>
        <translation>这些周期内共有 %1 份退出调查回复；最常见的原因是“%2”，占 %3。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Revenue in each period as a share of the cohort&apos;s first</source>
        <translation>各周期收入占该同期群首个周期收入的比例</translation>
    </message>
    <message>
        <source>Revenue retention needs orders in the store.</source>
        <translation>收入留存率需要数据库中有订单数据。</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>（进行中）</translation>
    </message>
    <message>
        <source>Revenue %1, %2 of offset 0</source>
        <translation>收入 %1，为第 0 期的 %2</translation>
    </message>
    <message>
        <source>Signup cohort</source>
        <translation>注册同期群</translation>
    </message>
    <message>
        <source>Revenue retention (%)</source>
        <translation>收入留存率 (%)</translation>
    </message>
    <message>
        <source>Customer retention (%)</source>
        <translation>客户留存率 (%)</translation>
    </message>
    <message>
        <source>Each cell: the cohort&apos;s order revenue in that period as a share of its revenue in its first period (may exceed 100 %). Hover a cell for its figures; click it for the customers behind them.</source>
        <translation>每个单元格：该同期群在该周期的订单收入占其首个周期收入的比例（可能超过 100%）。将鼠标悬停在单元格上可查看数值；单击可查看其背后的客户。</translation>
    </message>
    <message>
        <source>Each cell: the share of the cohort&apos;s customers still subscribed at the end of that period. Empty cells are in the future. Hover a cell for its figures; click it for the customers behind them.</source>
        <translation>每个单元格：该周期结束时该同期群中仍在订阅的客户比例。空白单元格属于未来周期。将鼠标悬停在单元格上可查看数值；单击可查看其背后的客户。</translation>
    </message>
    <message>
        <source>%1: %2 of the %3 customers at the start were lost (churn %4); %5 were gained, %6 signed up and left within the period. Retention %7.</source>
        <translation>%1：期初 %3 位客户中流失了 %2 位（流失率 %4）；新增 %5 位，另有 %6 位在本周期内注册后又离开。留存率 %7。</translation>
    </message>
    <message>
        <source>Churn in %1</source>
        <translation>%1 的流失</translation>
    </message>
    <message>
        <source>Cohort %1, %2 period(s) after signup: %3 of its %4 customers were still subscribed at the end of the period (%5). The others are listed with the day they left and their exit-survey reason.</source>
        <translation>同期群 %1，注册后 %2 个周期：其 %4 位客户中有 %3 位在该周期结束时仍在订阅（%5）。其余客户会连同离开日期和退出调查原因一并列出。</translation>
    </message>
    <message>
        <source>Cohort %1, offset %2</source>
        <translation>同期群 %1，第 %2 期</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次下单日期</translation>
    </message>
    <message>
        <source>Still subscribed</source>
        <translation>仍在订阅</translation>
    </message>
    <message>
        <source>Used the product</source>
        <translation>使用过产品</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>有下单</translation>
    </message>
    <message>
        <source>Cohorts by:</source>
        <translation>同期群依据：</translation>
    </message>
    <message>
        <source>Active when:</source>
        <translation>活跃条件：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>（无客群）</translation>
    </message>
    <message>
        <source>%1 customers are flagged churned without a churn date (snapshot data), so they are left out of the charts. Snapshot churn: %2 of %3 customers</source>
        <translation>%1 位客户被标记为已流失但没有流失日期（快照数据），因此未计入图表。快照流失率：%2（共 %3 位客户）</translation>
    </message>
    <message>
        <source>; by segment: %1</source>
        <translation>；按客群：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cohort %1&lt;/b&gt;, period %2 after joining</source>
        <translation>&lt;b&gt;同期群 %1&lt;/b&gt;，加入后第 %2 个周期</translation>
    </message>
    <message>
        <source>%1 of %2 customers active: %3</source>
        <translation>%2 位客户中有 %1 位活跃：%3</translation>
    </message>
    <message>
        <source>First-order cohort</source>
        <translation>首次下单同期群</translation>
    </message>
    <message>
        <source>Each cell: the share of the cohort&apos;s customers with at least one order or usage event (as chosen) in that period. Empty cells are in the future. Hover a cell for its figures; click it for the customers behind them.</source>
        <translation>每个单元格：该同期群中在该周期内至少有一笔订单或一次使用事件（视所选项而定）的客户比例。空白单元格属于未来周期。将鼠标悬停在单元格上可查看数值；单击可查看其背后的客户。</translation>
    </message>
    <message>
        <source>Cohort %1, %2 period(s) after joining: %3 of its %4 customers were active in the period (%5). The others are listed with their last activity before it.</source>
        <translation>同期群 %1，加入后 %2 个周期：其 %4 位客户中有 %3 位在该周期内活跃（%5）。其余客户会连同其在该周期之前的最后一次活动一并列出。</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>ARPA</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Double-click a period to see the customers behind its movements.</source>
        <translation>双击某个周期可查看其变动背后的客户。</translation>
    </message>
    <message>
        <source>%1: MRR %2 at the start, %3 at the end. New %4, expansion %5, contraction %6, churned %7, reactivation %8; each customer below with their movement. NRR %9, GRR %10.</source>
        <translation>%1：期初 MRR %2，期末 %3。新增 %4，扩展 %5，收缩 %6，流失 %7，重新激活 %8；下方列出每位客户及其变动。NRR %9，GRR %10。</translation>
    </message>
    <message>
        <source>MRR movements in %1</source>
        <translation>%1 的 MRR 变动</translation>
    </message>
    <message>
        <source>ARPA in %1</source>
        <translation>%1 的 ARPA</translation>
    </message>
    <message>
        <source>ARPA %1 at the end of %2: the MRR of each paying customer (the numerator rows) over the number of paying customers.</source>
        <translation>%2 末的 ARPA 为 %1：各付费客户的 MRR（分子行）除以付费客户数。</translation>
    </message>
    <message>
        <source>CLV in %1</source>
        <translation>%1 的 CLV</translation>
    </message>
    <message>
        <source>CLV %1 = ARPA × gross margin ÷ the average monthly churn of the six full months before the current one (undefined when that average is 0 or fewer than three months have a rate). The rows below are those terms.</source>
        <translation>CLV %1 = ARPA × 毛利率 ÷ 当前月份之前六个完整月份的平均月流失率（该平均值为 0 或有流失率的月份少于三个时无法计算）。下方各行即为这些计算项。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::CustomerTableModel</name>
    <message>
        <source>Churned</source>
        <translation>已流失</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>套餐</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation>流失日期</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康度</translation>
    </message>
    <message>
        <source>Health band</source>
        <translation>健康等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>健康</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>新客户引导</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>采用</translation>
    </message>
    <message>
        <source>Expansion candidate</source>
        <translation>扩展候选</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>续约</translation>
    </message>
</context>
<context>
    <name>tenure::ui::DashboardView</name>
    <message>
        <source>Computing the dashboard…</source>
        <translation>正在计算仪表板…</translation>
    </message>
    <message>
        <source>No data yet: import customers, or open another store.</source>
        <translation>暂无数据：请导入客户，或打开其他数据库。</translation>
    </message>
    <message>
        <source>%1, all customers</source>
        <translation>%1，所有客户</translation>
    </message>
    <message>
        <source>%1, segment %2</source>
        <translation>%1，客群 %2</translation>
    </message>
    <message>
        <source>Open its view</source>
        <translation>打开所属视图</translation>
    </message>
    <message>
        <source>Show the rows behind this figure…</source>
        <translation>显示此数值背后的明细行…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1: %2 in %3. The rows below are the ones behind it.</source>
        <translation>%1：%3 为 %2。下方各行即为其背后的数据。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ExplainDialog</name>
    <message>
        <source>All rows</source>
        <translation>所有行</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>打开账户</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ExplainModel</name>
    <message>
        <source>Counted (numerator)</source>
        <translation>计入（分子）</translation>
    </message>
    <message>
        <source>Base only (denominator)</source>
        <translation>仅计入基数（分母）</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>未计入</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>In the figure</source>
        <translation>计入情况</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>tenure::ui::FeedbackView</name>
    <message>
        <source>Promoter</source>
        <translation>推荐者</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>被动者</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>贬损者</translation>
    </message>
    <message>
        <source>NPS answers per period (click a period for the answers behind it)</source>
        <translation>各周期的 NPS 回复（单击某个周期可查看其背后的回复）</translation>
    </message>
    <message>
        <source>Period (* in progress)</source>
        <translation>周期（* 表示进行中）</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回复数</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Ticket satisfaction ratings per period (CSAT: 4 or 5 of 5)</source>
        <translation>各周期的工单满意度评分（CSAT：5 分制中的 4 或 5 分）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评分数</translation>
    </message>
    <message>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <source>Double-click an answer to open its account.</source>
        <translation>双击某条回复可打开其账户。</translation>
    </message>
    <message>
        <source>Latest answer per customer</source>
        <translation>每位客户的最新回复</translation>
    </message>
    <message>
        <source>Feature requests</source>
        <translation>功能需求</translation>
    </message>
    <message>
        <source>Exit surveys</source>
        <translation>退出调查</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推荐者（9–10）</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>被动者（7–8）</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>贬损者（0–6）</translation>
    </message>
    <message>
        <source>&lt;b&gt;NPS %1&lt;/b&gt; in %2 (answers %3: promoters %4, passives %5, detractors %6)</source>
        <translation>&lt;b&gt;NPS %1&lt;/b&gt;（%2，回复 %3 条：推荐者 %4，被动者 %5，贬损者 %6）</translation>
    </message>
    <message>
        <source> (in progress)</source>
        <translation>（进行中）</translation>
    </message>
    <message>
        <source>&lt;b&gt;CSAT %1&lt;/b&gt; (%2 ratings)</source>
        <translation>&lt;b&gt;CSAT %1&lt;/b&gt;（%2 条评分）</translation>
    </message>
    <message>
        <source>No survey answers or ratings in this store yet.</source>
        <translation>此数据库中尚无调查回复或评分。</translation>
    </message>
    <message>
        <source>No feature requests yet.</source>
        <translation>尚无功能需求。</translation>
    </message>
    <message>
        <source>No exit-survey answers yet.</source>
        <translation>尚无退出调查回复。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回复时间</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>%1 answers up to the last period shown; choose a category to see its rows.</source>
        <translation>截至所显示的最后一个周期共有 %1 条回复；选择一个类别可查看其明细行。</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>NPS %1 in %2 from %3 answers. Promoters %4: the numerator rows. Passives %5 and detractors %6: in the denominator only, detractors subtracted; NPS = (promoters − detractors) / answers × 100.</source>
        <translation>%2 的 NPS 为 %1，基于 %3 条回复。推荐者 %4：计入分子的行。被动者 %5 和贬损者 %6：仅计入分母，贬损者被减去；NPS =（推荐者 − 贬损者）/ 回复数 × 100。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportFilePage</name>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>A CSV file of one kind of data. You can also drop the file on this page.</source>
        <translation>包含一种数据的 CSV 文件。也可以将文件拖放到此页面上。</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>.csv 文件的路径</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>数据类型(&amp;C)：</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>导入 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 columns, separated by %2: %3</source>
        <translation>%1 列，以%2分隔：%3</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>无法读取此文件：%1</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportJob</name>
    <message>
        <source>The import stopped without a result.</source>
        <translation>导入已停止，未产生结果。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>映射列</translation>
    </message>
    <message>
        <source>Pick the file&apos;s column for each field. Fields in bold are required.</source>
        <translation>为每个字段选择文件中的列。粗体字段为必填项。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>首个值</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>&amp;Dates written as:</source>
        <translation>日期格式(&amp;D)：</translation>
    </message>
    <message>
        <source>The mapping you used last time for this file layout.</source>
        <translation>您上次对此文件布局使用的映射。</translation>
    </message>
    <message>
        <source>The file&apos;s first rows:</source>
        <translation>文件的前几行：</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Kept as custom attributes: %1</source>
        <translation>保留为自定义属性：%1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>不导入：%1</translation>
    </message>
    <message>
        <source>Choose a column for signup_date (or tenure_months for snapshot data).</source>
        <translation>请为 signup_date 选择一列（快照数据则为 tenure_months）。</translation>
    </message>
    <message>
        <source>Choose a column for amount (or for both quantity and unit_price).</source>
        <translation>请为 amount 选择一列（或同时为 quantity 和 unit_price 选择列）。</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>请为 %1 选择一列。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The file lands in one step: all of it, or, if you cancel, nothing.</source>
        <translation>文件将一次性导入：要么全部导入，要么在您取消时什么都不导入。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>已导入 %1。</translation>
    </message>
    <message>
        <source>Import cancelled. The store is unchanged.</source>
        <translation>导入已取消。数据库未作任何更改。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportSummaryView</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>已读取行数：%1</translation>
    </message>
    <message>
        <source>Would be added: %1 · updated: %2 · unchanged: %3</source>
        <translation>将新增：%1 · 将更新：%2 · 未更改：%3</translation>
    </message>
    <message>
        <source>Added: %1 · updated: %2 · unchanged: %3</source>
        <translation>已新增：%1 · 已更新：%2 · 未更改：%3</translation>
    </message>
    <message>
        <source>Customers that would be created (id only): %1</source>
        <translation>将创建的客户（仅 ID）：%1</translation>
    </message>
    <message>
        <source>Customers created (id only): %1</source>
        <translation>已创建的客户（仅 ID）：%1</translation>
    </message>
    <message>
        <source>Skipped, without a customer id: %1</source>
        <translation>因缺少客户 ID 而跳过：%1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>整行</translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>被拒绝的行（共 %2 行，显示前 %1 行）：</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>被拒绝的行：</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportValidatePage</name>
    <message>
        <source>&amp;Stop on the first bad row (import nothing if any row is bad)</source>
        <translation>遇到第一个错误行时停止（只要有错误行就不导入任何内容）(&amp;S)</translation>
    </message>
    <message>
        <source>Import the &amp;good rows and skip the bad ones</source>
        <translation>导入正确的行并跳过错误行(&amp;G)</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <source>Every row is read and checked as the import would; nothing is stored yet.</source>
        <translation>按导入时的方式读取并检查每一行；尚未存储任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>所有行均可导入。</translation>
    </message>
    <message>
        <source>Some rows cannot be imported; they are listed below.</source>
        <translation>部分行无法导入，详见下方列表。</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is: %1</source>
        <translation>此文件无法按原样导入：%1</translation>
    </message>
    <message>
        <source>With bad rows in the file, stopping on the first one would import nothing: choose to skip them, or correct the file and import it again.</source>
        <translation>文件中有错误行，若在第一个错误行处停止，将不会导入任何内容：请选择跳过错误行，或修正文件后重新导入。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportWizard</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Product events</source>
        <translation>产品使用事件</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS 调查回复</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Onboarding milestones</source>
        <translation>新客户引导里程碑</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>客户互动记录</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>忠诚度积分</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>导入 CSV 文件</translation>
    </message>
</context>
<context>
    <name>tenure::ui::KpiCardWidget</name>
    <message>
        <source>Active customers</source>
        <translation>活跃客户</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>客户流失率</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>净收入留存率</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>首次响应时间中位数</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>24 小时内回复率</translation>
    </message>
    <message>
        <source>Onboarding in progress</source>
        <translation>新客户引导进行中</translation>
    </message>
    <message>
        <source>Onboarding overdue</source>
        <translation>新客户引导逾期</translation>
    </message>
    <message>
        <source>Active loyalty members</source>
        <translation>活跃忠诚度会员</translation>
    </message>
    <message>
        <source>At-risk accounts</source>
        <translation>风险账户</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>no previous figure</source>
        <translation>无上期数据</translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <translation>较上一周期 %1</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>%1 in %2. Click to open the view behind it; right-click for the rows behind the figure.</source>
        <translation>%1（%2）。单击可打开其所属视图；右键单击可查看该数值背后的明细行。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::LoyaltyView</name>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Social follow</source>
        <translation>社交关注</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>兑换</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Active members (90 days)</source>
        <translation>活跃会员（90 天）</translation>
    </message>
    <message>
        <source>Points outstanding (liability)</source>
        <translation>未兑换积分（负债）</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>兑换率</translation>
    </message>
    <message>
        <source>Points earned and redeemed per period</source>
        <translation>各周期获得和兑换的积分</translation>
    </message>
    <message>
        <source>Points outstanding at each period&apos;s end (liability)</source>
        <translation>各周期末的未兑换积分（负债）</translation>
    </message>
    <message>
        <source>Repeat purchase and redemption rates per period</source>
        <translation>各周期的复购率和兑换率</translation>
    </message>
    <message>
        <source>Members and active members at each period&apos;s end</source>
        <translation>各周期末的会员和活跃会员</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>积分余额</translation>
    </message>
    <message>
        <source>Earned, last 12 months</source>
        <translation>近 12 个月获得</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>普通会员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>变动后余额</translation>
    </message>
    <message>
        <source>Select a member to see its ledger.</source>
        <translation>选择一位会员以查看其积分明细。</translation>
    </message>
    <message>
        <source>Points earned in 12 months</source>
        <translation>12 个月内获得的积分</translation>
    </message>
    <message>
        <source>Members per tier</source>
        <translation>各等级会员数</translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation>当前规则</translation>
    </message>
    <message>
        <source>From the store&apos;s settings; the defaults apply where none is set.</source>
        <translation>来自数据库设置；未设置的项使用默认值。</translation>
    </message>
    <message>
        <source>Points per currency unit spent:</source>
        <translation>每消费一个货币单位获得积分：</translation>
    </message>
    <message>
        <source>Bonus for a referral:</source>
        <translation>推荐奖励：</translation>
    </message>
    <message>
        <source>Bonus for a review:</source>
        <translation>评价奖励：</translation>
    </message>
    <message>
        <source>Bonus for a social follow:</source>
        <translation>社交关注奖励：</translation>
    </message>
    <message>
        <source>Rates and members</source>
        <translation>比率与会员</translation>
    </message>
    <message>
        <source>Members and ledger</source>
        <translation>会员与积分明细</translation>
    </message>
    <message>
        <source>Tiers and rules</source>
        <translation>等级与规则</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>金牌会员</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>银牌会员</translation>
    </message>
    <message>
        <source>Figures of the latest period, %1; tiers from the points earned in the 12 months up to its end.</source>
        <translation>最新周期 %1 的数值；等级依据截至该周期末的 12 个月内获得的积分确定。</translation>
    </message>
    <message>
        <source>No loyalty ledger in this store or segment.</source>
        <translation>此数据库或客群中没有忠诚度积分记录。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 积分</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>获得</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>已兑换</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未兑换</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃会员</translation>
    </message>
    <message>
        <source>Period (%1)</source>
        <translation>周期（%1）</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>below the lowest tier</source>
        <translation>低于最低等级</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 及以上</translation>
    </message>
    <message>
        <source>Ledger of %1 (%2)</source>
        <translation>%1（%2）的积分明细</translation>
    </message>
    <message>
        <source>Click a period to see the members behind it.</source>
        <translation>单击某个周期可查看其背后的会员。</translation>
    </message>
    <message>
        <source>Double-click to see each member&apos;s tier and the points behind it.</source>
        <translation>双击可查看每位会员的等级及其背后的积分。</translation>
    </message>
    <message>
        <source>Points earned and redeemed, %1</source>
        <translation>获得和兑换的积分，%1</translation>
    </message>
    <message>
        <source>%1 points earned and %2 redeemed in %3; each member below with their points of the period and the ledger rows behind them.</source>
        <translation>%3 共获得 %1 积分，兑换 %2 积分；下方列出每位会员在该周期的积分及其背后的积分明细行。</translation>
    </message>
    <message>
        <source>Points outstanding, %1</source>
        <translation>未兑换积分，%1</translation>
    </message>
    <message>
        <source>%1 points outstanding at the end of %2 (the liability): each member&apos;s balance.</source>
        <translation>%2 末的未兑换积分为 %1（负债）：下方为每位会员的积分余额。</translation>
    </message>
    <message>
        <source>Repeat purchase rate, %1</source>
        <translation>复购率，%1</translation>
    </message>
    <message>
        <source>Repeat purchase rate %1 in %2: members with two or more orders are the numerator, members who ordered the denominator.</source>
        <translation>%2 的复购率为 %1：有两笔及以上订单的会员计入分子，有下单的会员计入分母。</translation>
    </message>
    <message>
        <source>Tiers, %1</source>
        <translation>等级，%1</translation>
    </message>
    <message>
        <source>Active members, %1</source>
        <translation>活跃会员，%1</translation>
    </message>
    <message>
        <source>Each member in their tier at the end of %1, with the points of the 12 months that put them there.</source>
        <translation>%1 末每位会员所在的等级，以及使其达到该等级的 12 个月内积分。</translation>
    </message>
    <message>
        <source>%1 of %2 members active in %3: active members are the numerator, the others the denominator only.</source>
        <translation>%3 的 %2 位会员中有 %1 位活跃：活跃会员计入分子，其余会员仅计入分母。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tenure</source>
        <translation>关于 Tenure(&amp;A)</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>正在加载客户…</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>无法读取数据库：%1</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>1 位客户</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 位客户</translation>
    </message>
    <message>
        <source>No customers loaded</source>
        <translation>未加载任何客户</translation>
    </message>
    <message>
        <source>Use File → Open store… to choose a store file.</source>
        <translation>请通过“文件”→“打开数据库…”选择数据库文件。</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Tenure stores (*.sqlite *.db);;All files (*)</source>
        <translation>Tenure 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A local-first retention dashboard: your customers, churn and retention in one file on your own machine.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;本地优先的客户留存仪表板：您的客户、流失和留存数据都保存在您自己电脑上的一个文件中。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Account detail</source>
        <translation>账户详情</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Churn &amp; retention</source>
        <translation>流失 &amp; 留存</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>新客户引导</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>支持</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>忠诚度</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>反馈</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>所有客户</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>周期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>客群(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Export &amp;table as CSV…</source>
        <translation>将表格导出为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;chart as image…</source>
        <translation>将图表导出为图像(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;dashboard as PDF…</source>
        <translation>将仪表板导出为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find account…</source>
        <translation>查找账户(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <source>Tenure stores (*.sqlite)</source>
        <translation>Tenure 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>This view has no table to export.</source>
        <translation>此视图没有可导出的表格。</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>已将 %1 行导出到 %2</translation>
    </message>
    <message>
        <source>This view has no chart to export.</source>
        <translation>此视图没有可导出的图表。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>导出仪表板</translation>
    </message>
    <message>
        <source>dashboard.pdf</source>
        <translation>dashboard.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1（已保存）</translation>
    </message>
    <message>
        <source>A saved segment (rules in the Segments view)</source>
        <translation>已保存的客群（规则见“客群”视图）</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>My &amp;tasks</source>
        <translation>我的任务(&amp;T)</translation>
    </message>
</context>
<context>
    <name>tenure::ui::OnboardingView</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>添加里程碑</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>删除里程碑</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>注册日期</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>逾期里程碑</translation>
    </message>
    <message>
        <source>Double-click an account to open it.</source>
        <translation>双击某个账户可将其打开。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Average days from signup, by signup period</source>
        <translation>自注册起的平均天数（按注册周期）</translation>
    </message>
    <message>
        <source>Average interactions during onboarding, by signup period</source>
        <translation>新客户引导期间的平均互动次数（按注册周期）</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Due (days after signup)</source>
        <translation>截止（注册后天数）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必需</translation>
    </message>
    <message>
        <source>Accounts in onboarding</source>
        <translation>新客户引导中的账户</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>落后</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>%1 (1 day late)</source>
        <translation>%1（逾期 1 天）</translation>
    </message>
    <message>
        <source>%1 (%2 days late)</source>
        <translation>%1（逾期 %2 天）</translation>
    </message>
    <message>
        <source>No signups in this store yet.</source>
        <translation>此数据库中尚无注册记录。</translation>
    </message>
    <message>
        <source>As of %1: %2 accounts in onboarding (signed up in the last 90 days and not yet onboarded, or with an overdue milestone): %3 behind, %4 stuck.</source>
        <translation>截至 %1：共有 %2 个账户处于新客户引导中（过去 90 天内注册且尚未完成引导，或有逾期里程碑）：%3 个落后，%4 个停滞。</translation>
    </message>
    <message>
        <source>Days to onboard</source>
        <translation>完成引导所需天数</translation>
    </message>
    <message>
        <source>Interactions during onboarding</source>
        <translation>新客户引导期间的互动次数</translation>
    </message>
    <message>
        <source>Signup period (%1)</source>
        <translation>注册周期（%1）</translation>
    </message>
    <message>
        <source>Days after signup</source>
        <translation>注册后天数</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>互动次数</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>新里程碑</translation>
    </message>
    <message>
        <source>New milestone %1</source>
        <translation>新里程碑 %1</translation>
    </message>
    <message>
        <source>Select the milestone to remove first.</source>
        <translation>请先选择要删除的里程碑。</translation>
    </message>
    <message>
        <source>The checklist was not changed: %1</source>
        <translation>清单未更改：%1</translation>
    </message>
    <message>
        <source>Click a signup period to see its customers.</source>
        <translation>单击某个注册周期可查看其客户。</translation>
    </message>
    <message>
        <source>Double-click a name or a due day to change it. Changes are saved at once and apply to every account&apos;s progress and overdue milestones; Ctrl+Z undoes them.</source>
        <translation>双击名称或截止天数即可修改。更改会立即保存，并应用于每个账户的进度和逾期里程碑；按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Rename milestone “%1”</source>
        <translation>重命名里程碑“%1”</translation>
    </message>
    <message>
        <source>Change due day of “%1”</source>
        <translation>更改“%1”的截止天数</translation>
    </message>
    <message>
        <source>Remove milestone “%1”</source>
        <translation>删除里程碑“%1”</translation>
    </message>
    <message>
        <source>Days to onboard, signups of %1</source>
        <translation>完成引导所需天数，%1 注册</translation>
    </message>
    <message>
        <source>%1 of the %2 customers who signed up in %3 completed onboarding, in %4 days on average: they are the numerator rows, each with their days. The others are left out, with the milestones they still miss and whether those are overdue.</source>
        <translation>在 %3 注册的 %2 位客户中有 %1 位完成了新客户引导，平均用时 %4 天：他们为分子行，各自附有所用天数。其余客户未计入，并列出其尚未完成的里程碑及是否逾期。</translation>
    </message>
    <message>
        <source>Signups of %1</source>
        <translation>%1 的注册客户</translation>
    </message>
    <message>
        <source>The %1 customers who signed up in %2, with their progress and their interactions during onboarding (%3 on average).</source>
        <translation>在 %2 注册的 %1 位客户，及其进度和新客户引导期间的互动次数（平均 %3 次）。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PeriodBarChart</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PeriodLineChart</name>
    <message>
        <source>No data for this period and segment</source>
        <translation>此周期和客群没有数据</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2：%3</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SegmentEditor</name>
    <message>
        <source>contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>属于</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
    <message>
        <source>Customer fields</source>
        <translation>客户字段</translation>
    </message>
    <message>
        <source>Computed metrics</source>
        <translation>计算指标</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>自定义属性</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>添加规则(&amp;A)</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新建客群</translation>
    </message>
    <message>
        <source>Edit segment %1</source>
        <translation>编辑客群 %1</translation>
    </message>
    <message>
        <source>all of the rules</source>
        <translation>以下全部规则</translation>
    </message>
    <message>
        <source>any of the rules</source>
        <translation>以下任一规则</translation>
    </message>
    <message>
        <source>e.g. Monthly fiber customers</source>
        <translation>例如：月付光纤客户</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Customers who match</source>
        <translation>客户须符合</translation>
    </message>
    <message>
        <source>Numbers compare as numbers, yes / no as yes / no, other values as text in any case; dates as YYYY-MM-DD. &quot;Is one of&quot; takes values separated by commas. Days are counted to the last day with data.</source>
        <translation>数字按数值比较，是/否按是/否比较，其他值按文本比较（不区分大小写）；日期格式为 YYYY-MM-DD。“属于”可填写以逗号分隔的多个值。天数计算到有数据的最后一天为止。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>A customer field, a computed metric or a custom attribute</source>
        <translation>客户字段、计算指标或自定义属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>删除此规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>请为客群命名。</translation>
    </message>
    <message>
        <source>Every rule needs a field.</source>
        <translation>每条规则都需要指定字段。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SegmentsView</name>
    <message>
        <source>Computing the segments…</source>
        <translation>正在计算客群…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>流失率</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存率</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>服务成本</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>CLV</translation>
    </message>
    <message>
        <source>Double-click a segment to show every view for it alone.</source>
        <translation>双击某个客群，可让所有视图仅显示该客群。</translation>
    </message>
    <message>
        <source>The last twelve complete months by segment. Cost to serve: tickets × cost per ticket + a fixed cost per customer-month (Settings).</source>
        <translation>按客群统计的最近十二个完整月份。服务成本：工单数 × 每张工单成本 + 每客户每月固定成本（见设置）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Churn and retention by segment, against the lifetime value of a customer</source>
        <translation>各客群的流失率和留存率与客户终身价值 (CLV) 对比</translation>
    </message>
    <message>
        <source>Churn %</source>
        <translation>流失率 %</translation>
    </message>
    <message>
        <source>Retention %</source>
        <translation>留存率 %</translation>
    </message>
    <message>
        <source>Churn and retention over twelve months</source>
        <translation>十二个月的流失率和留存率</translation>
    </message>
    <message>
        <source>CLV per customer</source>
        <translation>每位客户的 CLV</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>新建客群(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Build a segment from rules over customer fields, custom attributes and metrics</source>
        <translation>根据客户字段、自定义属性和指标上的规则创建客群</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>删除客群</translation>
    </message>
    <message>
        <source>Delete the saved segment &quot;%1&quot;? Its customers are not changed.</source>
        <translation>要删除已保存的客群“%1”吗？其中的客户不受影响。</translation>
    </message>
    <message>
        <source>No segments yet: build one from rules with New segment…, or give customers a segment in the customers file.</source>
        <translation>尚无客群：请通过“新建客群…”按规则创建，或在客户文件中为客户指定客群。</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>已保存客群</translation>
    </message>
    <message>
        <source>Segment field</source>
        <translation>客群字段</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>This store (changes its figures)</source>
        <translation>此数据库（会改变其数值）</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>Cost per &amp;ticket:</source>
        <translation>每张工单成本(&amp;T)：</translation>
    </message>
    <message>
        <source>Fixed cost per customer and &amp;month:</source>
        <translation>每客户每月固定成本(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Gross margin:</source>
        <translation>毛利率(&amp;G)：</translation>
    </message>
    <message>
        <source>Days and periods are counted in the time zone; cost to serve and margin feed the Segments view and CLV.</source>
        <translation>天数和周期按此时区计算；服务成本和毛利率用于“客群”视图和 CLV。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>主题(&amp;H)：</translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows.</source>
        <translation>%1 不是本系统可识别的时区。</translation>
    </message>
    <message>
        <source>Health score weights</source>
        <translation>健康分权重</translation>
    </message>
    <message>
        <source>Weights are shares: each account&apos;s score is normalised over the components it has data for.</source>
        <translation>权重是占比：每个账户的分数只在有数据的组成项之间归一化。</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>忠诚度规则</translation>
    </message>
    <message>
        <source>Points from orders are derived at this rate, so a new rate applies to the whole history.</source>
        <translation>订单积分按此比率推算，因此新比率适用于全部历史。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SupportView</name>
    <message>
        <source>Tickets created per channel, and the backlog</source>
        <translation>各渠道创建的工单数及积压工单</translation>
    </message>
    <message>
        <source>Period (* in progress)</source>
        <translation>周期（* 表示进行中）</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>积压工单</translation>
    </message>
    <message>
        <source>First response and resolution times (calendar time)</source>
        <translation>首次响应和解决时间（日历时间）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>Response, resolution and live-channel rates (click a period for the tickets behind its 24-h rate)</source>
        <translation>响应、解决和实时渠道比率（单击某个周期可查看其 24 小时回复率背后的工单）</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Volume and backlog</source>
        <translation>工单量与积压</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>响应时间</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>分组依据：</translation>
    </message>
    <message>
        <source>Double-click a ticket to open its account.</source>
        <translation>双击某张工单可打开其账户。</translation>
    </message>
    <message>
        <source>Latest period by group</source>
        <translation>最新周期（按分组）</translation>
    </message>
    <message>
        <source>Wow tickets</source>
        <translation>惊喜工单</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（无渠道）</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>首次响应，中位数</translation>
    </message>
    <message>
        <source>First response, p90</source>
        <translation>首次响应，p90</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>解决时间，中位数</translation>
    </message>
    <message>
        <source>Resolution, p90</source>
        <translation>解决时间，p90</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>24 小时内回复率</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>首次联系解决率</translation>
    </message>
    <message>
        <source>Live waits over 5 min</source>
        <translation>实时等待超过 5 分钟</translation>
    </message>
    <message>
        <source>Live contacts abandoned</source>
        <translation>实时联系放弃率</translation>
    </message>
    <message>
        <source>No tickets in this store yet.</source>
        <translation>此数据库中尚无工单。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 tickets · first response median %3, p90 %4 · answered within 24 h %5 · first-contact resolution %6 · resolution median %7 · live waits over 5 min %8, abandoned %9 · backlog %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 张工单 · 首次响应中位数 %3，p90 %4 · 24 小时内回复率 %5 · 首次联系解决率 %6 · 解决时间中位数 %7 · 实时等待超过 5 分钟 %8，放弃 %9 · 积压工单 %10</translation>
    </message>
    <message>
        <source> (in progress)</source>
        <translation>（进行中）</translation>
    </message>
    <message>
        <source>First response
median</source>
        <translation>首次响应
中位数</translation>
    </message>
    <message>
        <source>First response
p90</source>
        <translation>首次响应
p90</translation>
    </message>
    <message>
        <source>Answered
within 24 h</source>
        <translation>24 小时内
回复率</translation>
    </message>
    <message>
        <source>First-contact
resolution</source>
        <translation>首次联系
解决率</translation>
    </message>
    <message>
        <source>Resolution
median</source>
        <translation>解决时间
中位数</translation>
    </message>
    <message>
        <source>Resolution
p90</source>
        <translation>解决时间
p90</translation>
    </message>
    <message>
        <source>Live
contacts</source>
        <translation>实时
联系数</translation>
    </message>
    <message>
        <source>Average
wait</source>
        <translation>平均
等待时间</translation>
    </message>
    <message>
        <source>Waits over
5 min</source>
        <translation>等待超过
5 分钟</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>KPIs of %1%2, per %3</source>
        <translation>%1%2 的 KPI（按%3）</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>所有工单</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Why it was flagged</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <source>No ticket of these periods was flagged as a wow moment.</source>
        <translation>这些周期内没有工单被标记为惊喜时刻。</translation>
    </message>
    <message>
        <source>%1 tickets flagged by agents as wow moments in the periods shown, newest first; double-click one to open its account.</source>
        <translation>所示周期内有 %1 张工单被客服标记为惊喜时刻，按从新到旧排列；双击某张工单可打开其账户。</translation>
    </message>
    <message>
        <source>Double-click a figure to see the tickets behind it.</source>
        <translation>双击某个数值可查看其背后的工单。</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1 in %2: %3. %4</source>
        <translation>%1（%2）：%3。%4</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TaskOwnerPicker</name>
    <message>
        <source>Whose tasks to list</source>
        <translation>要列出谁的任务</translation>
    </message>
    <message>
        <source>I am…</source>
        <translation>我是…</translation>
    </message>
    <message>
        <source>Say which owner you are, for “My tasks”</source>
        <translation>指明您是哪位负责人，用于“我的任务”</translation>
    </message>
    <message>
        <source>Your name as task owner</source>
        <translation>您作为任务负责人的姓名</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>您是谁？</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>我的任务</translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation>我的任务（%1）</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>所有负责人</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TaskTableModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手动创建</translation>
    </message>
    <message>
        <source>Done; clear to reopen</source>
        <translation>已完成；取消勾选可重新打开</translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation>完成后勾选</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s) (due %1)</source>
        <translation>
            <numerusform>已逾期 %n 天（截止日期 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TasksPanel</name>
    <message>
        <source>Show &amp;done</source>
        <translation>显示已完成(&amp;D)</translation>
    </message>
    <message>
        <source>Open a store to see its tasks.</source>
        <translation>请打开数据库以查看其任务。</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>无法读取任务：%1</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>%1 项未完成，%2 项逾期</translation>
    </message>
    <message>
        <source>, %1 done</source>
        <translation>，%1 项已完成</translation>
    </message>
    <message>
        <source>Say who you are above to see your tasks, or pick an owner.</source>
        <translation>请在上方指明您是谁以查看您的任务，或选择一位负责人。</translation>
    </message>
    <message>
        <source>No tasks for any owner.</source>
        <translation>所有负责人均无任务。</translation>
    </message>
    <message>
        <source>No open tasks for any owner.</source>
        <translation>所有负责人均无未完成的任务。</translation>
    </message>
    <message>
        <source>No unassigned tasks.</source>
        <translation>没有未分配的任务。</translation>
    </message>
    <message>
        <source>No unassigned open tasks.</source>
        <translation>没有未分配的未完成任务。</translation>
    </message>
    <message>
        <source>No tasks for %1.</source>
        <translation>%1 没有任务。</translation>
    </message>
    <message>
        <source>No open tasks for %1.</source>
        <translation>%1 没有未完成的任务。</translation>
    </message>
    <message>
        <source>Complete task “%1”</source>
        <translation>完成任务“%1”</translation>
    </message>
    <message>
        <source>Reopen task “%1”</source>
        <translation>重新打开任务“%1”</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TimeSeriesChart</name>
    <message>
        <source>(in progress)</source>
        <translation>（进行中）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
</TS>
