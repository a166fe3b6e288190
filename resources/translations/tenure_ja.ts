<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccountDetailView</name>
    <message>
        <source>Signed up</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>利用</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>NPS answer</source>
        <translation>NPS 回答</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>やり取り</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
</context>
<context>
    <name>DashboardPdf</name>
    <message>
        <source>Tenure dashboard</source>
        <translation>Tenure ダッシュボード</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: 書き込めません</translation>
    </message>
    <message>
        <source>Dashboard: %1</source>
        <translation>ダッシュボード: %1</translation>
    </message>
    <message>
        <source>Store %1 · made on %2</source>
        <translation>データベース %1 · 作成日 %2</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>前の期間</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1: 書き込めません</translation>
    </message>
    <message>
        <source>%1: cannot be written as an image</source>
        <translation>%1: 画像として書き込めません</translation>
    </message>
</context>
<context>
    <name>FigureFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1%2 pts</source>
        <translation>%1%2ポイント</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Usage trend:</source>
        <translation>利用傾向:</translation>
    </message>
    <message>
        <source>Recency of last activity:</source>
        <translation>最終アクティビティからの経過:</translation>
    </message>
    <message>
        <source>Onboarding completion:</source>
        <translation>オンボーディング完了度:</translation>
    </message>
    <message>
        <source>Support experience:</source>
        <translation>サポート体験:</translation>
    </message>
    <message>
        <source>Latest NPS answer:</source>
        <translation>最新の NPS 回答:</translation>
    </message>
    <message>
        <source>Revenue trend:</source>
        <translation>売上傾向:</translation>
    </message>
    <message>
        <source>Points per currency unit spent:</source>
        <translation>支払額 1 通貨単位あたりのポイント:</translation>
    </message>
    <message>
        <source>Bonus for a referral:</source>
        <translation>紹介ボーナス:</translation>
    </message>
    <message>
        <source>Bonus for a review:</source>
        <translation>レビューボーナス:</translation>
    </message>
    <message>
        <source>Bonus for a social follow:</source>
        <translation>SNS フォローボーナス:</translation>
    </message>
    <message>
        <source>Silver from (points in 12 months):</source>
        <translation>シルバーの条件（12 か月の獲得ポイント）:</translation>
    </message>
    <message>
        <source>Gold from (points in 12 months):</source>
        <translation>ゴールドの条件（12 か月の獲得ポイント）:</translation>
    </message>
</context>
<context>
    <name>SupportKpi</name>
    <message>
        <source>Tickets created</source>
        <translation>作成チケット数</translation>
    </message>
    <message>
        <source>Tickets answered</source>
        <translation>応答済みチケット数</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>初回応答（中央値）</translation>
    </message>
    <message>
        <source>First response, p90</source>
        <translation>初回応答（p90）</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>24時間以内の応答率</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>一次解決率</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>解決（中央値）</translation>
    </message>
    <message>
        <source>Resolution, p90</source>
        <translation>解決（p90）</translation>
    </message>
    <message>
        <source>Live contacts</source>
        <translation>ライブ問い合わせ数</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均待ち時間</translation>
    </message>
    <message>
        <source>Wait, p90</source>
        <translation>待ち時間（p90）</translation>
    </message>
    <message>
        <source>Waits over 5 min</source>
        <translation>待ち時間 5分超の割合</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>未解決チケット</translation>
    </message>
    <message>
        <source>First response in business time, median</source>
        <translation>営業時間ベースの初回応答（中央値）</translation>
    </message>
    <message>
        <source>First response in business time, p90</source>
        <translation>営業時間ベースの初回応答（p90）</translation>
    </message>
    <message>
        <source>Resolution in business time, median</source>
        <translation>営業時間ベースの解決（中央値）</translation>
    </message>
    <message>
        <source>Resolution in business time, p90</source>
        <translation>営業時間ベースの解決（p90）</translation>
    </message>
    <message>
        <source>The tickets counted are the numerator rows; tickets left out say why.</source>
        <translation>集計対象のチケットが分子の行です。対象外のチケットには、その理由が示されます。</translation>
    </message>
    <message>
        <source>The tickets the figure is taken from are the numerator rows, shortest first, each with its rank; the rank the figure comes from is marked. Tickets left out (no response or resolution yet, another period) say why.</source>
        <translation>数値の算出元となるチケットが分子の行で、短い順にそれぞれの順位とともに表示されます。数値の元になった順位には印が付いています。対象外のチケット（まだ応答や解決がない、別の期間など）には、その理由が示されます。</translation>
    </message>
    <message>
        <source>The live-channel tickets whose waits are averaged are the numerator rows; tickets left out say why.</source>
        <translation>待ち時間の平均の対象となったライブチャネルのチケットが分子の行です。対象外のチケットには、その理由が示されます。</translation>
    </message>
    <message>
        <source>Numerator: tickets answered within 24 hours. Denominator: tickets created at least 24 hours before the data&apos;s last ticket; one still unanswered is a miss. Tickets created later are left out.</source>
        <translation>分子: 24時間以内に応答したチケット。分母: データ内の最後のチケットより 24時間以上前に作成されたチケット（まだ応答がないものは未達として数えます）。それより後に作成されたチケットは対象外です。</translation>
    </message>
    <message>
        <source>Numerator: resolved tickets closed with at most one contact. Denominator: resolved tickets with a known number of contacts.</source>
        <translation>分子: 1 回以内の対応でクローズされた解決済みチケット。分母: 対応回数がわかっている解決済みチケット。</translation>
    </message>
    <message>
        <source>Numerator: live-channel tickets that waited over five minutes. Denominator: live-channel tickets with a known wait.</source>
        <translation>分子: 待ち時間が 5分を超えたライブチャネルのチケット。分母: 待ち時間がわかっているライブチャネルのチケット。</translation>
    </message>
    <message>
        <source>Numerator: live-channel contacts abandoned before an answer. Denominator: live-channel contacts.</source>
        <translation>分子: 応答前に放棄されたライブチャネルの問い合わせ。分母: ライブチャネルの問い合わせ。</translation>
    </message>
    <message>
        <source>The numerator rows are the tickets still open at the period&apos;s end.</source>
        <translation>期間の終了時点でまだ未解決のチケットが分子の行です。</translation>
    </message>
</context>
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
</context>
<context>
    <name>tenure::ui::AccountDetailView</name>
    <message>
        <source>Open an account from the Accounts view (double-click a row, or press Enter), or from the rows behind any figure.</source>
        <translation>「アカウント」ビューでアカウントを開くか（行をダブルクリックするか Enter キーを押します）、各数値の内訳の行から開いてください。</translation>
    </message>
    <message>
        <source>Change &amp;owner…</source>
        <translation>担当者を変更(&amp;O)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了日</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>初回応答</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決日時</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>By</source>
        <translation>対応者</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>記入日時</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>オンボーディング</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>やり取り</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Write a note about this account…</source>
        <translation>このアカウントについてのメモを入力…</translation>
    </message>
    <message>
        <source>&amp;Add note</source>
        <translation>メモを追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove note</source>
        <translation>メモを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>契約中</translation>
    </message>
    <message>
        <source>Churned on %1</source>
        <translation>%1 に解約</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>MRR:</source>
        <translation>MRR:</translation>
    </message>
    <message>
        <source>Signed up:</source>
        <translation>登録日:</translation>
    </message>
    <message>
        <source>Renewal:</source>
        <translation>更新日:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域:</translation>
    </message>
    <message>
        <source>Loyalty points:</source>
        <translation>ロイヤルティポイント:</translation>
    </message>
    <message>
        <source>Open tickets:</source>
        <translation>未解決チケット:</translation>
    </message>
    <message>
        <source>Latest NPS:</source>
        <translation>最新の NPS:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>Onboarding (%1/%2)</source>
        <translation>オンボーディング（%1/%2）</translation>
    </message>
    <message>
        <source>Tickets (%1)</source>
        <translation>チケット（%1）</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>メモ（%1）</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>タスク（%1）</translation>
    </message>
    <message>
        <source>Complete “%1”</source>
        <translation>「%1」を完了</translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>「%1」を未完了に戻す</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>メモを削除</translation>
    </message>
    <message>
        <source>Set owner to %1</source>
        <translation>担当者を %1 に設定</translation>
    </message>
    <message>
        <source>Complete task “%1”</source>
        <translation>タスク「%1」を完了</translation>
    </message>
    <message>
        <source>Reopen task “%1”</source>
        <translation>タスク「%1」を未完了に戻す</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>担当者を変更</translation>
    </message>
    <message>
        <source>Owner of %1:</source>
        <translation>%1 の担当者:</translation>
    </message>
    <message>
        <source>Component or signal</source>
        <translation>構成要素またはシグナル</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>寄与</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Health could not be computed: %1</source>
        <translation>ヘルスを計算できませんでした: %1</translation>
    </message>
    <message>
        <source>Health: computing the store&apos;s scores…</source>
        <translation>ヘルス: データベースのスコアを計算しています…</translation>
    </message>
    <message>
        <source>Health: not scored (the customer left)</source>
        <translation>ヘルス: スコアなし（解約済みの顧客）</translation>
    </message>
    <message>
        <source>Health: not scored (no usage, orders, tickets, answers or milestones yet)</source>
        <translation>ヘルス: スコアなし（利用、注文、チケット、回答、マイルストーンがまだありません）</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>リスクあり</translation>
    </message>
    <message>
        <source>&lt;b&gt;Health %1&lt;/b&gt; &lt;span style=&quot;color:%2&quot;&gt;● %3&lt;/span&gt; · stage: %4</source>
        <translation>&lt;b&gt;ヘルス %1&lt;/b&gt; &lt;span style=&quot;color:%2&quot;&gt;● %3&lt;/span&gt; · ステージ: %4</translation>
    </message>
    <message>
        <source> · churn risk %1</source>
        <translation> · 解約リスク %1</translation>
    </message>
    <message numerus="yes">
        <source> · %n signal(s)</source>
        <translation>
            <numerusform> · シグナル %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Health (%1)</source>
        <translation>ヘルス（%1）</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountsFilterBar</name>
    <message>
        <source>Show the accounts of one segment</source>
        <translation>1 つのセグメントのアカウントを表示</translation>
    </message>
    <message>
        <source>Show the accounts of one owner</source>
        <translation>1 人の担当者のアカウントを表示</translation>
    </message>
    <message>
        <source>Show the accounts on one plan</source>
        <translation>1 つのプランのアカウントを表示</translation>
    </message>
    <message>
        <source>Show the accounts of one region</source>
        <translation>1 つの地域のアカウントを表示</translation>
    </message>
    <message>
        <source>Show active or churned accounts</source>
        <translation>契約中または解約済みのアカウントを表示</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>契約中</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約済み</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>すべてのセグメント</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>すべてのプラン</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>すべての地域</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>All health bands</source>
        <translation>すべてのヘルス区分</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>リスクあり</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>スコアなし</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>すべての段階</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>オンボーディング</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>定着</translation>
    </message>
    <message>
        <source>Expansion candidate</source>
        <translation>拡大候補</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Show the accounts of one health band or journey stage</source>
        <translation>1 つのヘルス区分またはジャーニー段階のアカウントを表示</translation>
    </message>
    <message>
        <source>Computing every account&apos;s health…</source>
        <translation>全アカウントのヘルスを計算しています…</translation>
    </message>
</context>
<context>
    <name>tenure::ui::AccountsView</name>
    <message>
        <source>Search accounts…</source>
        <translation>アカウントを検索…</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 件のアカウント</translation>
    </message>
    <message>
        <source>%1 of %2 accounts</source>
        <translation>%2 件中 %1 件のアカウント</translation>
    </message>
    <message>
        <source>Assign owner…</source>
        <translation>担当者を割り当て…</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>タグを追加…</translation>
    </message>
    <message>
        <source>Export selected to CSV…</source>
        <translation>選択分を CSV でエクスポート…</translation>
    </message>
    <message>
        <source>Searches the customer ID, name, company and e-mail</source>
        <translation>顧客 ID、氏名、会社、メールアドレスを検索します</translation>
    </message>
    <message>
        <source>Give the selected accounts an owner</source>
        <translation>選択したアカウントに担当者を割り当てます</translation>
    </message>
    <message>
        <source>Add a tag to the selected accounts</source>
        <translation>選択したアカウントにタグを追加します</translation>
    </message>
    <message>
        <source>Write the selected accounts, every column, to a CSV file</source>
        <translation>選択したアカウントを、すべての列を含めて CSV ファイルに書き出します</translation>
    </message>
    <message>
        <source>No account selected</source>
        <translation>アカウントが選択されていません</translation>
    </message>
    <message>
        <source>%1 selected</source>
        <translation>%1 件を選択中</translation>
    </message>
    <message>
        <source>The owner could not be saved: %1</source>
        <translation>担当者を保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Cleared the owner of %1 accounts</source>
        <translation>%1 件のアカウントの担当者を解除しました</translation>
    </message>
    <message>
        <source>Assigned %1 accounts to %2</source>
        <translation>%1 件のアカウントを %2 に割り当てました</translation>
    </message>
    <message>
        <source>The tag could not be added: %1</source>
        <translation>タグを追加できませんでした: %1</translation>
    </message>
    <message>
        <source>Tagged %1 accounts “%2”</source>
        <translation>%1 件のアカウントにタグ「%2」を付けました</translation>
    </message>
    <message>
        <source>The accounts could not be exported: %1</source>
        <translation>アカウントをエクスポートできませんでした: %1</translation>
    </message>
    <message>
        <source>Exported %1 accounts to %2</source>
        <translation>%1 件のアカウントを %2 にエクスポートしました</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>担当者の割り当て</translation>
    </message>
    <message>
        <source>Owner of the %1 selected accounts (leave empty to clear):</source>
        <translation>選択した %1 件のアカウントの担当者（空欄にすると解除）:</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>タグの追加</translation>
    </message>
    <message>
        <source>Tag to add to the %1 selected accounts:</source>
        <translation>選択した %1 件のアカウントに追加するタグ:</translation>
    </message>
    <message>
        <source>Export selected accounts</source>
        <translation>選択したアカウントのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Click to sort; right-click to choose the columns.</source>
        <translation>クリックで並べ替え、右クリックで表示する列を選択します。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::BusinessHoursBox</name>
    <message>
        <source>Support hours</source>
        <translation>サポート対応時間</translation>
    </message>
    <message>
        <source>Count support times in &amp;business hours too</source>
        <translation>サポート時間を営業時間でも計算する(&amp;B)</translation>
    </message>
    <message>
        <source>00:00 closes at midnight, at the end of the day.</source>
        <translation>00:00 は一日の終わりの午前 0 時に終了することを意味します。</translation>
    </message>
    <message>
        <source>e.g. 2024-12-25, 2024-12-26</source>
        <translation>例: 2024-12-25, 2024-12-26</translation>
    </message>
    <message>
        <source>Some days have their own hours (set with tenure-cli); they are kept.</source>
        <translation>一部の曜日には独自の対応時間があります（tenure-cli で設定）。それらは保持されます。</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>営業日:</translation>
    </message>
    <message>
        <source>&amp;Open from:</source>
        <translation>開始時刻(&amp;O):</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>タイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <source>Ho&amp;lidays:</source>
        <translation>休日(&amp;L):</translation>
    </message>
    <message>
        <source>The stored support hours cannot be used: %1. They are left as they are unless you set new ones here.</source>
        <translation>保存されているサポート対応時間は使用できません: %1。ここで新しく設定しない限り、そのまま残ります。</translation>
    </message>
    <message>
        <source>Support hours: the closing time must be after the opening time.</source>
        <translation>サポート対応時間: 終了時刻は開始時刻より後にしてください。</translation>
    </message>
    <message>
        <source>Support hours: %1 is not a time zone this system knows.</source>
        <translation>サポート対応時間: %1 はこのシステムが認識しているタイムゾーンではありません。</translation>
    </message>
    <message>
        <source>Support hours: choose at least one working day.</source>
        <translation>サポート対応時間: 営業日を少なくとも 1 日選んでください。</translation>
    </message>
    <message>
        <source>Support hours: &quot;%1&quot; is not a date. Write holidays as dates such as 2024-12-25, separated by commas or spaces.</source>
        <translation>サポート対応時間: 「%1」は日付ではありません。休日は 2024-12-25 のような日付で、カンマまたは空白で区切って入力してください。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ChartContextMenu</name>
    <message>
        <source>Export chart as image…</source>
        <translation>グラフを画像でエクスポート…</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>グラフをコピー</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 画像 (*.svg)</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ChurnView</name>
    <message>
        <source>Churn &amp;&amp; retention</source>
        <translation>解約 &amp;&amp; 継続</translation>
    </message>
    <message>
        <source>Gained &amp;&amp; lost</source>
        <translation>獲得 &amp;&amp; 離脱</translation>
    </message>
    <message>
        <source>MRR movements</source>
        <translation>MRR の変動</translation>
    </message>
    <message>
        <source>Churn reasons</source>
        <translation>解約理由</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>コホート</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>顧客解約率</translation>
    </message>
    <message>
        <source>Customer retention</source>
        <translation>顧客継続率</translation>
    </message>
    <message>
        <source>Customers gained and lost</source>
        <translation>獲得顧客と離脱顧客</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>開始時</translation>
    </message>
    <message>
        <source>Gained</source>
        <translation>獲得</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>離脱</translation>
    </message>
    <message>
        <source>New and lost</source>
        <translation>新規かつ離脱</translation>
    </message>
    <message>
        <source>At end</source>
        <translation>終了時</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>解約率</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>継続率</translation>
    </message>
    <message>
        <source>Double-click a period to see the customers behind it.</source>
        <translation>期間をダブルクリックすると、その内訳の顧客を表示します。</translation>
    </message>
    <message>
        <source>MRR at start</source>
        <translation>開始時 MRR</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Expansion</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Contraction</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Churned</source>
        <translation>解約</translation>
    </message>
    <message>
        <source>Reactivation</source>
        <translation>復帰</translation>
    </message>
    <message>
        <source>MRR at end</source>
        <translation>終了時 MRR</translation>
    </message>
    <message>
        <source>NRR</source>
        <translation>売上継続率 (NRR)</translation>
    </message>
    <message>
        <source>GRR</source>
        <translation>グロス売上継続率 (GRR)</translation>
    </message>
    <message>
        <source>Why customers left (exit surveys)</source>
        <translation>顧客が解約した理由（解約時アンケート）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Retention of:</source>
        <translation>継続率の対象:</translation>
    </message>
    <message>
        <source>Days since signup</source>
        <translation>登録からの日数</translation>
    </message>
    <message>
        <source>Weeks since signup</source>
        <translation>登録からの週数</translation>
    </message>
    <message>
        <source>Quarters since signup</source>
        <translation>登録からの四半期数</translation>
    </message>
    <message>
        <source>Years since signup</source>
        <translation>登録からの年数</translation>
    </message>
    <message>
        <source>Months since signup</source>
        <translation>登録からの月数</translation>
    </message>
    <message>
        <source>Churn (%)</source>
        <translation>解約率（%）</translation>
    </message>
    <message>
        <source>Average, physical goods</source>
        <translation>平均（物販）</translation>
    </message>
    <message>
        <source>Average, digital</source>
        <translation>平均（デジタル）</translation>
    </message>
    <message>
        <source>Retention (%)</source>
        <translation>継続率（%）</translation>
    </message>
    <message>
        <source>Click a period to see the customers behind its figures. Dashed lines: average quarterly churn of subscription services (Recurly: physical goods 10.6 %, digital 8.2 %)</source>
        <translation>期間をクリックすると、その数値の内訳の顧客を表示します。破線: サブスクリプションサービスの四半期平均解約率（Recurly: 物販 10.6%、デジタル 8.2%）</translation>
    </message>
    <message>
        <source>, restated per period of this chart</source>
        <translation>、このグラフの期間単位に換算</translation>
    </message>
    <message>
        <source>%1 is still in progress (the larger, paler point): its figures are partial.</source>
        <translation>%1 はまだ進行中です（大きく淡い点）。数値は途中経過です。</translation>
    </message>
    <message>
        <source>%1 (partial)</source>
        <translation>%1（途中）</translation>
    </message>
    <message>
        <source>New and lost in the period</source>
        <translation>期間内に登録して離脱</translation>
    </message>
    <message>
        <source>MRR moved</source>
        <translation>MRR の変動額</translation>
    </message>
    <message>
        <source>No exit surveys in these periods. Import feedback rows of kind exit_survey to see why customers leave.</source>
        <translation>これらの期間には解約時アンケートがありません。顧客の解約理由を見るには、種類が exit_survey のフィードバック行をインポートしてください。</translation>
    </message>
    <message>
        <source>Exit surveys</source>
        <translation>解約時アンケート</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>%1 exit surveys answered in these periods; the most given reason, %2, accounts for %3 of them.</source>
        <translation>これらの期間に回答された解約時アンケートは %1 件です。最も多い理由「%2」が %3 を占めます。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>Revenue in each period as a share of the cohort&apos;s first</source>
        <translation>各期間の売上（コホートの最初の期間に対する割合）</translation>
    </message>
    <message>
        <source>Revenue retention needs orders in the store.</source>
        <translation>売上継続率を表示するには、データベースに注文データが必要です。</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>（進行中）</translation>
    </message>
    <message>
        <source>Revenue %1, %2 of offset 0</source>
        <translation>売上 %1（経過期間 0 の %2）</translation>
    </message>
    <message>
        <source>Signup cohort</source>
        <translation>登録コホート</translation>
    </message>
    <message>
        <source>Revenue retention (%)</source>
        <translation>売上継続率（%）</translation>
    </message>
    <message>
        <source>Customer retention (%)</source>
        <translation>顧客継続率（%）</translation>
    </message>
    <message>
        <source>Each cell: the cohort&apos;s order revenue in that period as a share of its revenue in its first period (may exceed 100 %). Hover a cell for its figures; click it for the customers behind them.</source>
        <translation>各セル: その期間のコホートの注文売上を、最初の期間の売上に対する割合で示します（100% を超えることがあります）。セルにポインターを合わせると数値を、クリックするとその内訳の顧客を表示します。</translation>
    </message>
    <message>
        <source>Each cell: the share of the cohort&apos;s customers still subscribed at the end of that period. Empty cells are in the future. Hover a cell for its figures; click it for the customers behind them.</source>
        <translation>各セル: その期間の終了時点で契約を継続しているコホートの顧客の割合。空のセルは未来の期間です。セルにポインターを合わせると数値を、クリックするとその内訳の顧客を表示します。</translation>
    </message>
    <message>
        <source>%1: %2 of the %3 customers at the start were lost (churn %4); %5 were gained, %6 signed up and left within the period. Retention %7.</source>
        <translation>%1: 開始時の顧客 %3 件のうち %2 件が離脱しました（解約率 %4）。獲得は %5 件、期間内に登録して離脱したのは %6 件です。継続率 %7。</translation>
    </message>
    <message>
        <source>Churn in %1</source>
        <translation>%1 の解約</translation>
    </message>
    <message>
        <source>Cohort %1, %2 period(s) after signup: %3 of its %4 customers were still subscribed at the end of the period (%5). The others are listed with the day they left and their exit-survey reason.</source>
        <translation>コホート %1、登録から %2 期間後: 顧客 %4 件中 %3 件が期間終了時点で契約を継続していました（%5）。その他の顧客は、離脱日と解約時アンケートの理由とともに一覧表示されます。</translation>
    </message>
    <message>
        <source>Cohort %1, offset %2</source>
        <translation>コホート %1、経過期間 %2</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>初回注文日</translation>
    </message>
    <message>
        <source>Still subscribed</source>
        <translation>契約継続中</translation>
    </message>
    <message>
        <source>Used the product</source>
        <translation>製品を利用</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>注文あり</translation>
    </message>
    <message>
        <source>Cohorts by:</source>
        <translation>コホートの基準:</translation>
    </message>
    <message>
        <source>Active when:</source>
        <translation>アクティブの条件:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(no segment)</source>
        <translation>（セグメントなし）</translation>
    </message>
    <message>
        <source>%1 customers are flagged churned without a churn date (snapshot data), so they are left out of the charts. Snapshot churn: %2 of %3 customers</source>
        <translation>%1 件の顧客は解約日なしで解約済みとされている（スナップショットデータ）ため、グラフから除外しています。スナップショットの解約率: 顧客 %3 件中 %2</translation>
    </message>
    <message>
        <source>; by segment: %1</source>
        <translation>（セグメント別: %1）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cohort %1&lt;/b&gt;, period %2 after joining</source>
        <translation>&lt;b&gt;コホート %1&lt;/b&gt;、加入から %2 期間後</translation>
    </message>
    <message>
        <source>%1 of %2 customers active: %3</source>
        <translation>顧客 %2 件中 %1 件がアクティブ: %3</translation>
    </message>
    <message>
        <source>First-order cohort</source>
        <translation>初回注文コホート</translation>
    </message>
    <message>
        <source>Each cell: the share of the cohort&apos;s customers with at least one order or usage event (as chosen) in that period. Empty cells are in the future. Hover a cell for its figures; click it for the customers behind them.</source>
        <translation>各セル: その期間に注文または利用イベント（選択した方）が 1 件以上あったコホートの顧客の割合。空のセルは未来の期間です。セルにポインターを合わせると数値を、クリックするとその内訳の顧客を表示します。</translation>
    </message>
    <message>
        <source>Cohort %1, %2 period(s) after joining: %3 of its %4 customers were active in the period (%5). The others are listed with their last activity before it.</source>
        <translation>コホート %1、加入から %2 期間後: 顧客 %4 件中 %3 件がその期間にアクティブでした（%5）。その他の顧客は、その期間より前の最後のアクティビティとともに一覧表示されます。</translation>
    </message>
    <message>
        <source>ARPA</source>
        <translation>アカウント平均売上 (ARPA)</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>顧客生涯価値 (CLV)</translation>
    </message>
    <message>
        <source>Double-click a period to see the customers behind its movements.</source>
        <translation>期間をダブルクリックすると、その変動の内訳の顧客を表示します。</translation>
    </message>
    <message>
        <source>%1: MRR %2 at the start, %3 at the end. New %4, expansion %5, contraction %6, churned %7, reactivation %8; each customer below with their movement. NRR %9, GRR %10.</source>
        <translation>%1: MRR は開始時 %2、終了時 %3。新規 %4、拡大 %5、縮小 %6、解約 %7、復帰 %8。以下に各顧客とその変動を示します。NRR %9、GRR %10。</translation>
    </message>
    <message>
        <source>MRR movements in %1</source>
        <translation>%1 の MRR の変動</translation>
    </message>
    <message>
        <source>ARPA in %1</source>
        <translation>%1 の ARPA</translation>
    </message>
    <message>
        <source>ARPA %1 at the end of %2: the MRR of each paying customer (the numerator rows) over the number of paying customers.</source>
        <translation>%2 の終了時点の ARPA %1: 各有料顧客の MRR（分子の行）の合計を有料顧客数で割った値です。</translation>
    </message>
    <message>
        <source>CLV in %1</source>
        <translation>%1 の CLV</translation>
    </message>
    <message>
        <source>CLV %1 = ARPA × gross margin ÷ the average monthly churn of the six full months before the current one (undefined when that average is 0 or fewer than three months have a rate). The rows below are those terms.</source>
        <translation>CLV %1 = ARPA × 粗利益率 ÷ 当月より前の完了した 6 か月間の平均月次解約率（この平均が 0 の場合、または解約率のある月が 3 か月未満の場合は算出されません）。以下の行はこれらの各項です。</translation>
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
    <message>
        <source>Health</source>
        <translation>ヘルス</translation>
    </message>
    <message>
        <source>Health band</source>
        <translation>ヘルス区分</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>解約リスク</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>リスクあり</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>オンボーディング</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>定着</translation>
    </message>
    <message>
        <source>Expansion candidate</source>
        <translation>拡大候補</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>更新</translation>
    </message>
</context>
<context>
    <name>tenure::ui::DashboardView</name>
    <message>
        <source>Computing the dashboard…</source>
        <translation>ダッシュボードを計算しています…</translation>
    </message>
    <message>
        <source>No data yet: import customers, or open another store.</source>
        <translation>まだデータがありません。顧客をインポートするか、別のデータベースを開いてください。</translation>
    </message>
    <message>
        <source>%1, all customers</source>
        <translation>%1、全顧客</translation>
    </message>
    <message>
        <source>%1, segment %2</source>
        <translation>%1、セグメント %2</translation>
    </message>
    <message>
        <source>Open its view</source>
        <translation>対応するビューを開く</translation>
    </message>
    <message>
        <source>Show the rows behind this figure…</source>
        <translation>この数値の内訳の行を表示…</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1: %2 in %3. The rows below are the ones behind it.</source>
        <translation>%3 の %1: %2。以下の行がその内訳です。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ExplainDialog</name>
    <message>
        <source>All rows</source>
        <translation>すべての行</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>Open account</source>
        <translation>アカウントを開く</translation>
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
        <translation>算入（分子）</translation>
    </message>
    <message>
        <source>Base only (denominator)</source>
        <translation>母数のみ（分母）</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>In the figure</source>
        <translation>数値での扱い</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>tenure::ui::FeedbackView</name>
    <message>
        <source>Promoter</source>
        <translation>推奨者</translation>
    </message>
    <message>
        <source>Passive</source>
        <translation>中立者</translation>
    </message>
    <message>
        <source>Detractor</source>
        <translation>批判者</translation>
    </message>
    <message>
        <source>NPS answers per period (click a period for the answers behind it)</source>
        <translation>期間ごとの NPS 回答（期間をクリックすると内訳の回答を表示）</translation>
    </message>
    <message>
        <source>Period (* in progress)</source>
        <translation>期間（* は進行中）</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Ticket satisfaction ratings per period (CSAT: 4 or 5 of 5)</source>
        <translation>期間ごとのチケット満足度評価（CSAT: 5 段階中 4 または 5）</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>評価数</translation>
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
        <translation>回答をダブルクリックすると、そのアカウントを開きます。</translation>
    </message>
    <message>
        <source>Latest answer per customer</source>
        <translation>顧客ごとの最新回答</translation>
    </message>
    <message>
        <source>Feature requests</source>
        <translation>機能要望</translation>
    </message>
    <message>
        <source>Exit surveys</source>
        <translation>解約時アンケート</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>推奨者（9–10）</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>中立者（7–8）</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>批判者（0–6）</translation>
    </message>
    <message>
        <source>&lt;b&gt;NPS %1&lt;/b&gt; in %2 (answers %3: promoters %4, passives %5, detractors %6)</source>
        <translation>%2 の &lt;b&gt;NPS %1&lt;/b&gt;（回答 %3 件: 推奨者 %4、中立者 %5、批判者 %6）</translation>
    </message>
    <message>
        <source> (in progress)</source>
        <translation>（進行中）</translation>
    </message>
    <message>
        <source>&lt;b&gt;CSAT %1&lt;/b&gt; (%2 ratings)</source>
        <translation>&lt;b&gt;CSAT %1&lt;/b&gt;（評価 %2 件）</translation>
    </message>
    <message>
        <source>No survey answers or ratings in this store yet.</source>
        <translation>このデータベースにはまだアンケート回答や評価がありません。</translation>
    </message>
    <message>
        <source>No feature requests yet.</source>
        <translation>まだ機能要望はありません。</translation>
    </message>
    <message>
        <source>No exit-survey answers yet.</source>
        <translation>まだ解約時アンケートの回答はありません。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>回答日</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>%1 answers up to the last period shown; choose a category to see its rows.</source>
        <translation>表示中の最後の期間までの回答は %1 件です。カテゴリを選ぶと、その行を表示します。</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>NPS %1 in %2 from %3 answers. Promoters %4: the numerator rows. Passives %5 and detractors %6: in the denominator only, detractors subtracted; NPS = (promoters − detractors) / answers × 100.</source>
        <translation>%2 の NPS %1（回答 %3 件）。推奨者 %4: 分子に含まれる行。中立者 %5 と批判者 %6: 分母にのみ含まれ、批判者は差し引かれます。NPS =（推奨者 − 批判者）÷ 回答数 × 100。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportFilePage</name>
    <message>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>セミコロン</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>縦棒</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選択</translation>
    </message>
    <message>
        <source>A CSV file of one kind of data. You can also drop the file on this page.</source>
        <translation>1 種類のデータを含む CSV ファイルです。このページにファイルをドロップすることもできます。</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>.csv ファイルのパス</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Contains:</source>
        <translation>データの種類(&amp;C):</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>CSV ファイルをインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV ファイル (*.csv *.tsv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 columns, separated by %2: %3</source>
        <translation>%1 列（区切り文字: %2）: %3</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>このファイルを読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportJob</name>
    <message>
        <source>The import stopped without a result.</source>
        <translation>インポートは結果を出さずに停止しました。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportMappingPage</name>
    <message>
        <source>Map the columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Pick the file&apos;s column for each field. Fields in bold are required.</source>
        <translation>各項目に対応するファイルの列を選んでください。太字の項目は必須です。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>&amp;Dates written as:</source>
        <translation>日付の形式(&amp;D):</translation>
    </message>
    <message>
        <source>The mapping you used last time for this file layout.</source>
        <translation>このファイル構成で前回使用した対応付けです。</translation>
    </message>
    <message>
        <source>The file&apos;s first rows:</source>
        <translation>ファイルの先頭行:</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（インポートしない）</translation>
    </message>
    <message>
        <source>Kept as custom attributes: %1</source>
        <translation>カスタム属性として保持: %1</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>インポートしない列: %1</translation>
    </message>
    <message>
        <source>Choose a column for signup_date (or tenure_months for snapshot data).</source>
        <translation>signup_date の列を選んでください（スナップショットデータの場合は tenure_months）。</translation>
    </message>
    <message>
        <source>Choose a column for amount (or for both quantity and unit_price).</source>
        <translation>amount の列を選んでください（または quantity と unit_price の両方）。</translation>
    </message>
    <message>
        <source>Choose a column for %1.</source>
        <translation>%1 の列を選んでください。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportRunPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>インポートを中止(&amp;C)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>The file lands in one step: all of it, or, if you cancel, nothing.</source>
        <translation>ファイルは一括で取り込まれます。すべて取り込まれるか、中止した場合は何も取り込まれません。</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 をインポートしています…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 をインポートしました。</translation>
    </message>
    <message>
        <source>Import cancelled. The store is unchanged.</source>
        <translation>インポートを中止しました。データベースは変更されていません。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportSummaryView</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Rows read: %1</source>
        <translation>読み込んだ行: %1</translation>
    </message>
    <message>
        <source>Would be added: %1 · updated: %2 · unchanged: %3</source>
        <translation>追加予定: %1 · 更新予定: %2 · 変更なし: %3</translation>
    </message>
    <message>
        <source>Added: %1 · updated: %2 · unchanged: %3</source>
        <translation>追加: %1 · 更新: %2 · 変更なし: %3</translation>
    </message>
    <message>
        <source>Customers that would be created (id only): %1</source>
        <translation>作成予定の顧客（ID のみ）: %1</translation>
    </message>
    <message>
        <source>Customers created (id only): %1</source>
        <translation>作成された顧客（ID のみ）: %1</translation>
    </message>
    <message>
        <source>Skipped, without a customer id: %1</source>
        <translation>顧客 ID がないためスキップ: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>除外: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>whole row</source>
        <translation>行全体</translation>
    </message>
    <message>
        <source>Rejected rows (the first %1 of %2):</source>
        <translation>除外された行（%2 件中最初の %1 件）:</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>除外された行:</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportValidatePage</name>
    <message>
        <source>&amp;Stop on the first bad row (import nothing if any row is bad)</source>
        <translation>最初の不正な行で停止する（不正な行が 1 つでもあれば何もインポートしない）(&amp;S)</translation>
    </message>
    <message>
        <source>Import the &amp;good rows and skip the bad ones</source>
        <translation>正しい行をインポートし、不正な行はスキップする(&amp;G)</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>行の検証</translation>
    </message>
    <message>
        <source>Every row is read and checked as the import would; nothing is stored yet.</source>
        <translation>インポート時と同じようにすべての行を読み込んで検証します。まだ何も保存されません。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 を検証しています…</translation>
    </message>
    <message>
        <source>Every row can be imported.</source>
        <translation>すべての行をインポートできます。</translation>
    </message>
    <message>
        <source>Some rows cannot be imported; they are listed below.</source>
        <translation>インポートできない行があります。以下に一覧表示します。</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is: %1</source>
        <translation>このファイルはそのままではインポートできません: %1</translation>
    </message>
    <message>
        <source>With bad rows in the file, stopping on the first one would import nothing: choose to skip them, or correct the file and import it again.</source>
        <translation>ファイルに不正な行があるため、最初の不正な行で停止すると何もインポートされません。不正な行をスキップするか、ファイルを修正して再度インポートしてください。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::ImportWizard</name>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>注文</translation>
    </message>
    <message>
        <source>Product events</source>
        <translation>利用イベント</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>サポートチケット</translation>
    </message>
    <message>
        <source>NPS responses</source>
        <translation>NPS アンケート回答</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>Onboarding milestones</source>
        <translation>オンボーディングのマイルストーン</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>顧客とのやり取り</translation>
    </message>
    <message>
        <source>Loyalty points</source>
        <translation>ロイヤルティポイント</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>CSV ファイルをインポート</translation>
    </message>
</context>
<context>
    <name>tenure::ui::KpiCardWidget</name>
    <message>
        <source>Active customers</source>
        <translation>契約中の顧客</translation>
    </message>
    <message>
        <source>Customer churn</source>
        <translation>顧客解約率</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>継続率</translation>
    </message>
    <message>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <source>Net revenue retention</source>
        <translation>売上継続率 (NRR)</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation>初回応答時間（中央値）</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>24時間以内の応答率</translation>
    </message>
    <message>
        <source>Onboarding in progress</source>
        <translation>オンボーディング中</translation>
    </message>
    <message>
        <source>Onboarding overdue</source>
        <translation>オンボーディング期限超過</translation>
    </message>
    <message>
        <source>Active loyalty members</source>
        <translation>アクティブなロイヤルティ会員</translation>
    </message>
    <message>
        <source>At-risk accounts</source>
        <translation>解約リスクのあるアカウント</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>no previous figure</source>
        <translation>前の期間の数値なし</translation>
    </message>
    <message>
        <source>%1 vs previous period</source>
        <translation>前の期間比 %1</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>計算中…</translation>
    </message>
    <message>
        <source>%1 in %2. Click to open the view behind it; right-click for the rows behind the figure.</source>
        <translation>%2 の %1。クリックすると対応するビューを開き、右クリックすると数値の内訳の行を表示します。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::LoyaltyView</name>
    <message>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Social follow</source>
        <translation>SNS フォロー</translation>
    </message>
    <message>
        <source>Redemption</source>
        <translation>ポイント利用</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会員数</translation>
    </message>
    <message>
        <source>Active members (90 days)</source>
        <translation>アクティブ会員（90日）</translation>
    </message>
    <message>
        <source>Points outstanding (liability)</source>
        <translation>未利用ポイント（負債）</translation>
    </message>
    <message>
        <source>Repeat purchase rate</source>
        <translation>リピート購入率</translation>
    </message>
    <message>
        <source>Redemption rate</source>
        <translation>ポイント利用率</translation>
    </message>
    <message>
        <source>Points earned and redeemed per period</source>
        <translation>期間ごとの獲得ポイントと利用ポイント</translation>
    </message>
    <message>
        <source>Points outstanding at each period&apos;s end (liability)</source>
        <translation>各期間末の未利用ポイント（負債）</translation>
    </message>
    <message>
        <source>Repeat purchase and redemption rates per period</source>
        <translation>期間ごとのリピート購入率とポイント利用率</translation>
    </message>
    <message>
        <source>Members and active members at each period&apos;s end</source>
        <translation>各期間末の会員数とアクティブ会員数</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>ティア</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Earned, last 12 months</source>
        <translation>獲得（直近12か月）</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会員</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation>取引後残高</translation>
    </message>
    <message>
        <source>Select a member to see its ledger.</source>
        <translation>会員を選択すると、そのポイント履歴を表示します。</translation>
    </message>
    <message>
        <source>Points earned in 12 months</source>
        <translation>12か月間の獲得ポイント</translation>
    </message>
    <message>
        <source>Members per tier</source>
        <translation>ティア別会員数</translation>
    </message>
    <message>
        <source>Rules in force</source>
        <translation>適用中のルール</translation>
    </message>
    <message>
        <source>From the store&apos;s settings; the defaults apply where none is set.</source>
        <translation>データベースの設定に基づきます。設定がない項目には既定値が適用されます。</translation>
    </message>
    <message>
        <source>Points per currency unit spent:</source>
        <translation>支払額 1 通貨単位あたりのポイント:</translation>
    </message>
    <message>
        <source>Bonus for a referral:</source>
        <translation>紹介ボーナス:</translation>
    </message>
    <message>
        <source>Bonus for a review:</source>
        <translation>レビューボーナス:</translation>
    </message>
    <message>
        <source>Bonus for a social follow:</source>
        <translation>SNS フォローボーナス:</translation>
    </message>
    <message>
        <source>Rates and members</source>
        <translation>比率と会員</translation>
    </message>
    <message>
        <source>Members and ledger</source>
        <translation>会員とポイント履歴</translation>
    </message>
    <message>
        <source>Tiers and rules</source>
        <translation>ティアとルール</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>ゴールド</translation>
    </message>
    <message>
        <source>Silver</source>
        <translation>シルバー</translation>
    </message>
    <message>
        <source>Figures of the latest period, %1; tiers from the points earned in the 12 months up to its end.</source>
        <translation>最新期間（%1）の数値です。ティアは、期間末までの12か月間に獲得したポイントで決まります。</translation>
    </message>
    <message>
        <source>No loyalty ledger in this store or segment.</source>
        <translation>このデータベースまたはセグメントにはロイヤルティのポイント履歴がありません。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 ポイント</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>獲得</translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation>利用</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未利用</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>アクティブ会員</translation>
    </message>
    <message>
        <source>Period (%1)</source>
        <translation>期間（%1）</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <source>below the lowest tier</source>
        <translation>最下位ティア未満</translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Ledger of %1 (%2)</source>
        <translation>%1 のポイント履歴（%2）</translation>
    </message>
    <message>
        <source>Click a period to see the members behind it.</source>
        <translation>期間をクリックすると、その内訳の会員を表示します。</translation>
    </message>
    <message>
        <source>Double-click to see each member&apos;s tier and the points behind it.</source>
        <translation>ダブルクリックすると、各会員のティアとその根拠となるポイントを表示します。</translation>
    </message>
    <message>
        <source>Points earned and redeemed, %1</source>
        <translation>獲得ポイントと利用ポイント、%1</translation>
    </message>
    <message>
        <source>%1 points earned and %2 redeemed in %3; each member below with their points of the period and the ledger rows behind them.</source>
        <translation>%3 の獲得ポイントは %1、利用ポイントは %2 です。以下に各会員の期間中のポイントと、その内訳のポイント履歴の行を示します。</translation>
    </message>
    <message>
        <source>Points outstanding, %1</source>
        <translation>未利用ポイント、%1</translation>
    </message>
    <message>
        <source>%1 points outstanding at the end of %2 (the liability): each member&apos;s balance.</source>
        <translation>%2 の終了時点の未利用ポイント（負債）は %1 ポイントです。各会員の残高を示します。</translation>
    </message>
    <message>
        <source>Repeat purchase rate, %1</source>
        <translation>リピート購入率、%1</translation>
    </message>
    <message>
        <source>Repeat purchase rate %1 in %2: members with two or more orders are the numerator, members who ordered the denominator.</source>
        <translation>%2 のリピート購入率 %1: 注文が 2 件以上の会員が分子、注文した会員が分母です。</translation>
    </message>
    <message>
        <source>Tiers, %1</source>
        <translation>ティア、%1</translation>
    </message>
    <message>
        <source>Active members, %1</source>
        <translation>アクティブ会員、%1</translation>
    </message>
    <message>
        <source>Each member in their tier at the end of %1, with the points of the 12 months that put them there.</source>
        <translation>%1 の終了時点での各会員のティアと、そのティアの根拠となった12か月間のポイントです。</translation>
    </message>
    <message>
        <source>%1 of %2 members active in %3: active members are the numerator, the others the denominator only.</source>
        <translation>%3 にアクティブだった会員は %2 人中 %1 人です。アクティブ会員が分子で、その他の会員は分母にのみ含まれます。</translation>
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
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Account detail</source>
        <translation>アカウント詳細</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Churn &amp; retention</source>
        <translation>解約 &amp; 継続</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>オンボーディング</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>サポート</translation>
    </message>
    <message>
        <source>Loyalty</source>
        <translation>ロイヤルティ</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>表示範囲</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>四半期</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>週</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>セグメント(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使ったデータベース(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>今すぐバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>Export &amp;table as CSV…</source>
        <translation>表を CSV でエクスポート(&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;chart as image…</source>
        <translation>グラフを画像でエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;dashboard as PDF…</source>
        <translation>ダッシュボードを PDF でエクスポート(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find account…</source>
        <translation>アカウントを検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Back up the store</source>
        <translation>データベースのバックアップ</translation>
    </message>
    <message>
        <source>Tenure stores (*.sqlite)</source>
        <translation>Tenure データベース (*.sqlite)</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>This view has no table to export.</source>
        <translation>このビューにはエクスポートできる表がありません。</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>表のエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 行を %2 にエクスポートしました</translation>
    </message>
    <message>
        <source>This view has no chart to export.</source>
        <translation>このビューにはエクスポートできるグラフがありません。</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>グラフのエクスポート</translation>
    </message>
    <message>
        <source>PNG images (*.png);;SVG drawings (*.svg)</source>
        <translation>PNG 画像 (*.png);;SVG 画像 (*.svg)</translation>
    </message>
    <message>
        <source>Export dashboard</source>
        <translation>ダッシュボードのエクスポート</translation>
    </message>
    <message>
        <source>dashboard.pdf</source>
        <translation>dashboard.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>%1 (saved)</source>
        <translation>%1（保存済み）</translation>
    </message>
    <message>
        <source>A saved segment (rules in the Segments view)</source>
        <translation>保存済みセグメント（ルールは「セグメント」ビューで設定）</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>マイタスク</translation>
    </message>
    <message>
        <source>My &amp;tasks</source>
        <translation>マイタスク(&amp;T)</translation>
    </message>
</context>
<context>
    <name>tenure::ui::OnboardingView</name>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Add milestone</source>
        <translation>マイルストーンを追加</translation>
    </message>
    <message>
        <source>Remove milestone</source>
        <translation>マイルストーンを削除</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Signup</source>
        <translation>登録日</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>期限超過のマイルストーン</translation>
    </message>
    <message>
        <source>Double-click an account to open it.</source>
        <translation>アカウントをダブルクリックすると開きます。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>順調</translation>
    </message>
    <message>
        <source>Average days from signup, by signup period</source>
        <translation>登録からの平均日数（登録期間別）</translation>
    </message>
    <message>
        <source>Average interactions during onboarding, by signup period</source>
        <translation>オンボーディング中の平均やり取り回数（登録期間別）</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Due (days after signup)</source>
        <translation>期限（登録後の日数）</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必須</translation>
    </message>
    <message>
        <source>Accounts in onboarding</source>
        <translation>オンボーディング中のアカウント</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>推移</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>%1 (1 day late)</source>
        <translation>%1（1日超過）</translation>
    </message>
    <message>
        <source>%1 (%2 days late)</source>
        <translation>%1（%2日超過）</translation>
    </message>
    <message>
        <source>No signups in this store yet.</source>
        <translation>このデータベースにはまだ登録がありません。</translation>
    </message>
    <message>
        <source>As of %1: %2 accounts in onboarding (signed up in the last 90 days and not yet onboarded, or with an overdue milestone): %3 behind, %4 stuck.</source>
        <translation>%1 時点: オンボーディング中のアカウント %2 件（過去90日以内に登録してオンボーディング未完了、または期限超過のマイルストーンあり）。うち遅れ %3 件、停滞 %4 件。</translation>
    </message>
    <message>
        <source>Days to onboard</source>
        <translation>オンボーディング完了までの日数</translation>
    </message>
    <message>
        <source>Interactions during onboarding</source>
        <translation>オンボーディング中のやり取り</translation>
    </message>
    <message>
        <source>Signup period (%1)</source>
        <translation>登録期間（%1）</translation>
    </message>
    <message>
        <source>Days after signup</source>
        <translation>登録後の日数</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>やり取り回数</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>New milestone</source>
        <translation>新しいマイルストーン</translation>
    </message>
    <message>
        <source>New milestone %1</source>
        <translation>新しいマイルストーン %1</translation>
    </message>
    <message>
        <source>Select the milestone to remove first.</source>
        <translation>先に削除するマイルストーンを選択してください。</translation>
    </message>
    <message>
        <source>The checklist was not changed: %1</source>
        <translation>チェックリストは変更されませんでした: %1</translation>
    </message>
    <message>
        <source>Click a signup period to see its customers.</source>
        <translation>登録期間をクリックすると、その顧客を表示します。</translation>
    </message>
    <message>
        <source>Double-click a name or a due day to change it. Changes are saved at once and apply to every account&apos;s progress and overdue milestones; Ctrl+Z undoes them.</source>
        <translation>名前または期限日をダブルクリックすると変更できます。変更はすぐに保存され、すべてのアカウントの進捗と期限超過のマイルストーンに反映されます。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Rename milestone “%1”</source>
        <translation>マイルストーン「%1」の名前を変更</translation>
    </message>
    <message>
        <source>Change due day of “%1”</source>
        <translation>「%1」の期限日を変更</translation>
    </message>
    <message>
        <source>Remove milestone “%1”</source>
        <translation>マイルストーン「%1」を削除</translation>
    </message>
    <message>
        <source>Days to onboard, signups of %1</source>
        <translation>オンボーディング完了までの日数、%1 の登録</translation>
    </message>
    <message>
        <source>%1 of the %2 customers who signed up in %3 completed onboarding, in %4 days on average: they are the numerator rows, each with their days. The others are left out, with the milestones they still miss and whether those are overdue.</source>
        <translation>%3 に登録した顧客 %2 件のうち %1 件が、平均 %4 日でオンボーディングを完了しました。これらが分子の行で、それぞれの日数を示します。その他の顧客は対象外とし、未完了のマイルストーンとその期限超過の有無を示します。</translation>
    </message>
    <message>
        <source>Signups of %1</source>
        <translation>%1 の登録</translation>
    </message>
    <message>
        <source>The %1 customers who signed up in %2, with their progress and their interactions during onboarding (%3 on average).</source>
        <translation>%2 に登録した顧客 %1 件と、その進捗およびオンボーディング中のやり取り（平均 %3 回）です。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PeriodBarChart</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2: %3</translation>
    </message>
</context>
<context>
    <name>tenure::ui::PeriodLineChart</name>
    <message>
        <source>No data for this period and segment</source>
        <translation>この期間とセグメントのデータはありません</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SegmentEditor</name>
    <message>
        <source>contains</source>
        <translation>を含む</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>のいずれか</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>が空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>が空でない</translation>
    </message>
    <message>
        <source>Customer fields</source>
        <translation>顧客の項目</translation>
    </message>
    <message>
        <source>Computed metrics</source>
        <translation>計算指標</translation>
    </message>
    <message>
        <source>Custom attributes</source>
        <translation>カスタム属性</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>ルールを追加(&amp;A)</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>新しいセグメント</translation>
    </message>
    <message>
        <source>Edit segment %1</source>
        <translation>セグメント %1 の編集</translation>
    </message>
    <message>
        <source>all of the rules</source>
        <translation>すべてのルールに一致</translation>
    </message>
    <message>
        <source>any of the rules</source>
        <translation>いずれかのルールに一致</translation>
    </message>
    <message>
        <source>e.g. Monthly fiber customers</source>
        <translation>例: 光回線の月額プランの顧客</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>Customers who match</source>
        <translation>対象の顧客</translation>
    </message>
    <message>
        <source>Numbers compare as numbers, yes / no as yes / no, other values as text in any case; dates as YYYY-MM-DD. &quot;Is one of&quot; takes values separated by commas. Days are counted to the last day with data.</source>
        <translation>数値は数値として、yes / no は yes / no として、その他の値は大文字と小文字を区別せずテキストとして比較します。日付は YYYY-MM-DD 形式です。「のいずれか」には値をカンマ区切りで指定します。日数はデータのある最後の日までで数えます。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>A customer field, a computed metric or a custom attribute</source>
        <translation>顧客の項目、計算指標、またはカスタム属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Remove this rule</source>
        <translation>このルールを削除</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>ルールを削除</translation>
    </message>
    <message>
        <source>Give the segment a name.</source>
        <translation>セグメントの名前を入力してください。</translation>
    </message>
    <message>
        <source>Every rule needs a field.</source>
        <translation>すべてのルールに項目を指定してください。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SegmentsView</name>
    <message>
        <source>Computing the segments…</source>
        <translation>セグメントを計算しています…</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客数</translation>
    </message>
    <message>
        <source>Churn</source>
        <translation>解約率</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>継続率</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Cost to serve</source>
        <translation>サービス提供コスト</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>利益</translation>
    </message>
    <message>
        <source>CLV</source>
        <translation>顧客生涯価値 (CLV)</translation>
    </message>
    <message>
        <source>Double-click a segment to show every view for it alone.</source>
        <translation>セグメントをダブルクリックすると、すべてのビューをそのセグメントだけで表示します。</translation>
    </message>
    <message>
        <source>The last twelve complete months by segment. Cost to serve: tickets × cost per ticket + a fixed cost per customer-month (Settings).</source>
        <translation>セグメント別の直近12か月（完了した月のみ）。サービス提供コスト: チケット数 × チケットあたりのコスト + 顧客 1 人・1 か月あたりの固定費（設定）。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Churn and retention by segment, against the lifetime value of a customer</source>
        <translation>セグメント別の解約率と継続率（顧客生涯価値との比較）</translation>
    </message>
    <message>
        <source>Churn %</source>
        <translation>解約率 %</translation>
    </message>
    <message>
        <source>Retention %</source>
        <translation>継続率 %</translation>
    </message>
    <message>
        <source>Churn and retention over twelve months</source>
        <translation>12か月間の解約率と継続率</translation>
    </message>
    <message>
        <source>CLV per customer</source>
        <translation>1 顧客あたりの顧客生涯価値 (CLV)</translation>
    </message>
    <message>
        <source>&amp;New segment…</source>
        <translation>新しいセグメント(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Build a segment from rules over customer fields, custom attributes and metrics</source>
        <translation>顧客の項目、カスタム属性、指標に対するルールでセグメントを作成します</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>セグメントの削除</translation>
    </message>
    <message>
        <source>Delete the saved segment &quot;%1&quot;? Its customers are not changed.</source>
        <translation>保存済みセグメント「%1」を削除しますか？ 顧客は変更されません。</translation>
    </message>
    <message>
        <source>No segments yet: build one from rules with New segment…, or give customers a segment in the customers file.</source>
        <translation>まだセグメントがありません。「新しいセグメント…」でルールから作成するか、顧客ファイルで顧客にセグメントを指定してください。</translation>
    </message>
    <message>
        <source>Saved segment</source>
        <translation>保存済みセグメント</translation>
    </message>
    <message>
        <source>Segment field</source>
        <translation>セグメント項目</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>This store (changes its figures)</source>
        <translation>このデータベース（数値が変わります）</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>タイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <source>Cost per &amp;ticket:</source>
        <translation>チケットあたりのコスト(&amp;T):</translation>
    </message>
    <message>
        <source>Fixed cost per customer and &amp;month:</source>
        <translation>顧客・月あたりの固定費(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Gross margin:</source>
        <translation>粗利益率(&amp;G):</translation>
    </message>
    <message>
        <source>Days and periods are counted in the time zone; cost to serve and margin feed the Segments view and CLV.</source>
        <translation>日と期間はこのタイムゾーンで数えます。サービス提供コストと利益率は「セグメント」ビューと顧客生涯価値 (CLV) の計算に使われます。</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>テーマ(&amp;H):</translation>
    </message>
    <message>
        <source>%1 is not a time zone this system knows.</source>
        <translation>%1 はこのシステムで認識できないタイムゾーンです。</translation>
    </message>
    <message>
        <source>Health score weights</source>
        <translation>ヘルススコアの重み</translation>
    </message>
    <message>
        <source>Weights are shares: each account&apos;s score is normalised over the components it has data for.</source>
        <translation>重みは配分です。各アカウントのスコアは、データのある構成要素だけで正規化されます。</translation>
    </message>
    <message>
        <source>Loyalty rules</source>
        <translation>ロイヤルティのルール</translation>
    </message>
    <message>
        <source>Points from orders are derived at this rate, so a new rate applies to the whole history.</source>
        <translation>注文のポイントはこのレートで算出されるため、新しいレートは過去のすべての注文に適用されます。</translation>
    </message>
</context>
<context>
    <name>tenure::ui::SupportView</name>
    <message>
        <source>Tickets created per channel, and the backlog</source>
        <translation>チャネル別の作成チケット数と未解決チケット</translation>
    </message>
    <message>
        <source>Period (* in progress)</source>
        <translation>期間（* は進行中）</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>チケット数</translation>
    </message>
    <message>
        <source>Backlog</source>
        <translation>未解決チケット</translation>
    </message>
    <message>
        <source>First response and resolution times (calendar time)</source>
        <translation>初回応答時間と解決時間（暦時間）</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Response, resolution and live-channel rates (click a period for the tickets behind its 24-h rate)</source>
        <translation>応答・解決・ライブチャネルの各率（期間をクリックすると 24時間以内応答率の内訳のチケットを表示）</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>パーセント</translation>
    </message>
    <message>
        <source>Volume and backlog</source>
        <translation>件数と未解決チケット</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>集計単位:</translation>
    </message>
    <message>
        <source>Double-click a ticket to open its account.</source>
        <translation>チケットをダブルクリックすると、そのアカウントを開きます。</translation>
    </message>
    <message>
        <source>Latest period by group</source>
        <translation>グループ別の最新期間</translation>
    </message>
    <message>
        <source>Wow tickets</source>
        <translation>感動体験チケット</translation>
    </message>
    <message>
        <source>(no channel)</source>
        <translation>（チャネルなし）</translation>
    </message>
    <message>
        <source>First response, median</source>
        <translation>初回応答（中央値）</translation>
    </message>
    <message>
        <source>First response, p90</source>
        <translation>初回応答（p90）</translation>
    </message>
    <message>
        <source>Resolution, median</source>
        <translation>解決（中央値）</translation>
    </message>
    <message>
        <source>Resolution, p90</source>
        <translation>解決（p90）</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>24時間以内の応答率</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>一次解決率</translation>
    </message>
    <message>
        <source>Live waits over 5 min</source>
        <translation>ライブ待ち時間 5分超の割合</translation>
    </message>
    <message>
        <source>Live contacts abandoned</source>
        <translation>ライブ問い合わせの放棄率</translation>
    </message>
    <message>
        <source>No tickets in this store yet.</source>
        <translation>このデータベースにはまだチケットがありません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 tickets · first response median %3, p90 %4 · answered within 24 h %5 · first-contact resolution %6 · resolution median %7 · live waits over 5 min %8, abandoned %9 · backlog %10</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: チケット %2 件 · 初回応答 中央値 %3、p90 %4 · 24時間以内の応答 %5 · 一次解決 %6 · 解決 中央値 %7 · ライブ待ち時間 5分超 %8、放棄 %9 · 未解決チケット %10</translation>
    </message>
    <message>
        <source> (in progress)</source>
        <translation>（進行中）</translation>
    </message>
    <message>
        <source>First response
median</source>
        <translation>初回応答
中央値</translation>
    </message>
    <message>
        <source>First response
p90</source>
        <translation>初回応答
p90</translation>
    </message>
    <message>
        <source>Answered
within 24 h</source>
        <translation>24時間以内
応答率</translation>
    </message>
    <message>
        <source>First-contact
resolution</source>
        <translation>一次
解決率</translation>
    </message>
    <message>
        <source>Resolution
median</source>
        <translation>解決
中央値</translation>
    </message>
    <message>
        <source>Resolution
p90</source>
        <translation>解決
p90</translation>
    </message>
    <message>
        <source>Live
contacts</source>
        <translation>ライブ
問い合わせ</translation>
    </message>
    <message>
        <source>Average
wait</source>
        <translation>平均
待ち時間</translation>
    </message>
    <message>
        <source>Waits over
5 min</source>
        <translation>待ち時間
5分超</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>放棄率</translation>
    </message>
    <message>
        <source>KPIs of %1%2, per %3</source>
        <translation>%1%2 の KPI（%3別）</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>すべてのチケット</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Why it was flagged</source>
        <translation>フラグの理由</translation>
    </message>
    <message>
        <source>No ticket of these periods was flagged as a wow moment.</source>
        <translation>これらの期間に感動体験としてフラグが付いたチケットはありません。</translation>
    </message>
    <message>
        <source>%1 tickets flagged by agents as wow moments in the periods shown, newest first; double-click one to open its account.</source>
        <translation>表示中の期間にエージェントが感動体験としてフラグを付けたチケット %1 件（新しい順）。ダブルクリックすると、そのアカウントを開きます。</translation>
    </message>
    <message>
        <source>Double-click a figure to see the tickets behind it.</source>
        <translation>数値をダブルクリックすると、その内訳のチケットを表示します。</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1、%2 %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 in %2: %3. %4</source>
        <translation>%2 の %1: %3。%4</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TaskOwnerPicker</name>
    <message>
        <source>Whose tasks to list</source>
        <translation>一覧表示するタスクの担当者</translation>
    </message>
    <message>
        <source>I am…</source>
        <translation>自分の名前…</translation>
    </message>
    <message>
        <source>Say which owner you are, for “My tasks”</source>
        <translation>「マイタスク」用に、自分がどの担当者かを指定します</translation>
    </message>
    <message>
        <source>Your name as task owner</source>
        <translation>タスク担当者としてのあなたの名前</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>あなたはどの担当者ですか？</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>マイタスク</translation>
    </message>
    <message>
        <source>My tasks (%1)</source>
        <translation>マイタスク（%1）</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未割り当て</translation>
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
        <translation>未割り当て</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>手動</translation>
    </message>
    <message>
        <source>Done; clear to reopen</source>
        <translation>完了済み。チェックを外すと未完了に戻ります</translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation>完了したらチェックを入れます</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s) (due %1)</source>
        <translation>
            <numerusform>%n日超過（期限 %1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>From</source>
        <translation>作成元</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TasksPanel</name>
    <message>
        <source>Show &amp;done</source>
        <translation>完了済みを表示(&amp;D)</translation>
    </message>
    <message>
        <source>Open a store to see its tasks.</source>
        <translation>データベースを開くと、そのタスクを表示します。</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>タスクを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1 open, %2 overdue</source>
        <translation>未完了 %1 件、期限超過 %2 件</translation>
    </message>
    <message>
        <source>, %1 done</source>
        <translation>、完了 %1 件</translation>
    </message>
    <message>
        <source>Say who you are above to see your tasks, or pick an owner.</source>
        <translation>自分のタスクを表示するには、上で自分の名前を指定するか、担当者を選んでください。</translation>
    </message>
    <message>
        <source>No tasks for any owner.</source>
        <translation>どの担当者にもタスクはありません。</translation>
    </message>
    <message>
        <source>No open tasks for any owner.</source>
        <translation>どの担当者にも未完了のタスクはありません。</translation>
    </message>
    <message>
        <source>No unassigned tasks.</source>
        <translation>未割り当てのタスクはありません。</translation>
    </message>
    <message>
        <source>No unassigned open tasks.</source>
        <translation>未割り当ての未完了タスクはありません。</translation>
    </message>
    <message>
        <source>No tasks for %1.</source>
        <translation>%1 のタスクはありません。</translation>
    </message>
    <message>
        <source>No open tasks for %1.</source>
        <translation>%1 の未完了タスクはありません。</translation>
    </message>
    <message>
        <source>Complete task “%1”</source>
        <translation>タスク「%1」を完了</translation>
    </message>
    <message>
        <source>Reopen task “%1”</source>
        <translation>タスク「%1」を未完了に戻す</translation>
    </message>
</context>
<context>
    <name>tenure::ui::TimeSeriesChart</name>
    <message>
        <source>(in progress)</source>
        <translation>（進行中）</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
</TS>
