<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>main</name>
    <message>
        <source>Tenure: a local-first retention dashboard.</source>
        <translation>Tenure: ローカルファーストの顧客維持ダッシュボード。</translation>
    </message>
    <message>
        <source>The store file to open.</source>
        <translation>開くデータベースファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>The store file to open (a new one is filled with demo data).</source>
        <translation>開くデータベースファイル（新しいファイルにはデモデータが入ります）。</translation>
    </message>
    <message>
        <source>[store]</source>
        <translation>[データベース]</translation>
    </message>
    <message>
        <source>give one store file, either as an argument or with --db</source>
        <translation>データベースファイルは、引数か --db のどちらか一方で 1 つだけ指定してください</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>events</source>
        <translation>利用イベント</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>サポートチケット</translation>
    </message>
    <message>
        <source>nps</source>
        <translation>NPS アンケート回答</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>onboarding</source>
        <translation>オンボーディング</translation>
    </message>
    <message>
        <source>interactions</source>
        <translation>顧客とのやり取り</translation>
    </message>
    <message>
        <source>loyalty</source>
        <translation>ロイヤルティプログラム</translation>
    </message>
    <message>
        <source>Creating a demo company: importing %1…</source>
        <translation>デモ会社を作成しています: %1を取り込み中…</translation>
    </message>
    <message>
        <source>Creating a demo company for your first look at Tenure…</source>
        <translation>Tenure を試していただくためのデモ会社を作成しています…</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>初回起動</translation>
    </message>
    <message>
        <source>The demo company could not be created (nothing was kept): %1</source>
        <translation>デモ会社を作成できませんでした（何も保存されていません）: %1</translation>
    </message>
    <message>
        <source>cannot save the screenshot to %1</source>
        <translation>スクリーンショットを %1 に保存できません</translation>
    </message>
    <message>
        <source>%1 is a CSV file, not a Tenure store, so it was not opened. Importing from the window is not there yet; to import the file into your store, run
    tenure-cli import KIND &quot;%1&quot;
where KIND is one of: %2 (see tenure-cli import --help).</source>
        <translation>%1 は CSV ファイルで、Tenure のデータベースではないため、開きませんでした。ウィンドウからの取り込みにはまだ対応していません。このファイルをお使いのデータベースに取り込むには、次を実行してください。
    tenure-cli import KIND &quot;%1&quot;
KIND には次のいずれかを指定します: %2（詳しくは tenure-cli import --help を参照）。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountsView</name>
    <message>
        <source>Search accounts…</source>
        <translation>アカウントを検索…</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 件のアカウント</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%2 件中 %1 件のアカウント</translation>
    </message>
</context>
<context>
    <name>tenure::ui::CustomerTableModel</name>
    <message>
        <source>Churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>契約中</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>顧客 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Churn date</source>
        <translation>解約日</translation>
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
        <translation>アカウント</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tenure</source>
        <translation>Tenure について(&amp;A)</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>顧客を読み込んでいます…</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>データベースを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>1 customer</source>
        <translation>顧客 1 件</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>顧客 %1 件</translation>
    </message>
    <message>
        <source>No customers loaded</source>
        <translation>顧客は読み込まれていません</translation>
    </message>
    <message>
        <source>Use File → Open store… to choose a store file.</source>
        <translation>「ファイル」→「データベースを開く…」でデータベースファイルを選んでください。</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Tenure stores (*.sqlite *.db);;All files (*)</source>
        <translation>Tenure データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;A local-first retention dashboard: your customers, churn and retention in one file on your own machine.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1 %2&lt;/h3&gt;&lt;p&gt;ローカルファーストの顧客維持ダッシュボード。顧客、解約、継続のデータを、お使いのコンピューター上の 1 つのファイルにまとめます。&lt;/p&gt;</translation>
    </message>
</context>
</TS>
