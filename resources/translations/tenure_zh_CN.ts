<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <message>
        <source>%1 is a CSV file, not a Tenure store, so it was not opened. Importing from the window is not there yet; to import the file into your store, run
    tenure-cli import KIND &quot;%1&quot;
where KIND is one of: %2 (see tenure-cli import --help).</source>
        <translation>%1 是 CSV 文件，不是 Tenure 数据库，因此未打开。目前还不能在窗口中导入；要将该文件导入您的数据库，请运行
    tenure-cli import KIND &quot;%1&quot;
其中 KIND 为以下之一：%2（详见 tenure-cli import --help）。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountsView</name>
    <message>
        <source>Search accounts…</source>
        <translation>搜索账户…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 个账户</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%2 个账户中的 %1 个</translation>
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
        <translation>细分</translation>
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
</context>
</TS>
