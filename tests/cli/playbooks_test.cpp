// Playbooks, tasks and loyalty redemptions through tenure-cli, as scripts use it.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <fstream>

namespace {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

class Playbooks : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString db = dir.filePath(QStringLiteral("store.sqlite"));

    CliRun run(const QStringList& args, const QString& user = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TENURE_USER"));
        if (!user.isEmpty()) env.insert(QStringLiteral("TENURE_USER"), user);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TENURE_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
        p.waitForFinished(300000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    QString file(const QString& name, const std::string& content) {
        const QString path = dir.filePath(name);
        std::ofstream(path.toStdString(), std::ios::binary) << content;
        return path;
    }
    CliRun import(const QString& kind, const QString& path) {
        return run({QStringLiteral("import"), kind, path});
    }
    QJsonArray tasks(const QStringList& options) {
        const CliRun r =
            run(QStringList{QStringLiteral("tasks"), QStringLiteral("--format"), QStringLiteral("json")} +
                options);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
    }
    void importCustomers() {
        // Only the detractor playbook: these tests are about it (with NPS answers as their only
        // data, the detractors' health is at risk too, which the default health playbook would
        // also act on).
        ASSERT_EQ(run({QStringLiteral("init")}).exitCode, 0);
        const CliRun only =
            run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("playbooks"),
                 QStringLiteral(R"([{"name": "Detractor follow-up", "trigger": "detractor",
                                     "params": {"days": 7, "max_score": 6},
                                     "title": "Follow up with {customer}: {detail}", "due_in_days": 2,
                                     "enabled": true}])")});
        ASSERT_EQ(only.exitCode, 0) << only.err.toStdString();
        const CliRun r =
            import(QStringLiteral("customers"),
                   file(QStringLiteral("customers.csv"),
                        "customer_id,name,owner,signup_date\nA,Acme,alice,2024-01-01\n"
                        "B,Bolt,bob,2024-01-01\nC,Cog,alice,2024-01-01\nD,Dot,bob,2024-01-01\n"));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        EXPECT_TRUE(r.out.contains(QStringLiteral("playbooks: 0 tasks created"))) << r.out.toStdString();
    }
};

} // namespace

TEST_F(Playbooks, AnImportThatMakesDetractorsCreatesTasksForTheirOwners) {
    importCustomers();
    CliRun r =
        import(QStringLiteral("nps"), file(QStringLiteral("happy.csv"), "customer_id,responded_at,score\n"
                                                                        "A,2024-05-01,9\nB,2024-05-01,10\n"
                                                                        "C,2024-05-01,8\nD,2024-05-01,9\n"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("playbooks: 0 tasks created"))) << r.out.toStdString();

    const QString unhappy =
        file(QStringLiteral("unhappy.csv"), "customer_id,responded_at,score\n"
                                            "A,2024-06-01,3\nB,2024-06-01,6\nC,2024-06-01,7\n");
    r = import(QStringLiteral("nps"), unhappy);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("playbooks: 2 tasks created"))) << r.out.toStdString();

    QJsonArray alice = tasks({QStringLiteral("--owner"), QStringLiteral("alice")});
    ASSERT_EQ(alice.size(), 1);
    EXPECT_EQ(alice[0][QStringLiteral("customer_id")].toString(), QStringLiteral("A"));
    EXPECT_EQ(alice[0][QStringLiteral("status")].toString(), QStringLiteral("open"));
    EXPECT_TRUE(alice[0][QStringLiteral("title")].toString().contains(QStringLiteral("NPS 3")));
    EXPECT_TRUE(
        alice[0][QStringLiteral("source")].toString().startsWith(QStringLiteral("playbook:Detractor")));
    EXPECT_FALSE(alice[0][QStringLiteral("due_date")].isNull());
    QJsonArray bob = tasks({QStringLiteral("--owner"), QStringLiteral("bob")});
    ASSERT_EQ(bob.size(), 1);
    EXPECT_EQ(bob[0][QStringLiteral("customer_id")].toString(), QStringLiteral("B"));

    // Re-importing the same answers, and running again: still one open task each.
    r = import(QStringLiteral("nps"), unhappy);
    EXPECT_TRUE(r.out.contains(QStringLiteral("playbooks: 0 tasks created"))) << r.out.toStdString();
    r = run({QStringLiteral("playbooks"), QStringLiteral("run")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("playbooks: 0 tasks created"))) << r.out.toStdString();
    EXPECT_EQ(tasks({QStringLiteral("--all-owners")}).size(), 2);
}

TEST_F(Playbooks, MyTasksFilterAndDone) {
    importCustomers();
    ASSERT_EQ(import(QStringLiteral("nps"), file(QStringLiteral("n.csv"), "customer_id,responded_at,score\n"
                                                                          "A,2024-06-01,0\nC,2024-06-02,1\n"
                                                                          "D,2024-06-03,2\n"))
                  .exitCode,
              0);
    // "My tasks": $TENURE_USER is the default owner.
    CliRun r = run({QStringLiteral("tasks"), QStringLiteral("--format"), QStringLiteral("csv")},
                   QStringLiteral("alice"));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.out.trimmed().split(u'\n');
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString(); // header + A and C
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("id,customer_id,title,owner,due_date,status")));
    const QJsonArray mine = tasks({QStringLiteral("--owner"), QStringLiteral("alice")});
    const qint64 id = mine[0][QStringLiteral("id")].toInteger();

    r = run({QStringLiteral("tasks"), QStringLiteral("done"), QString::number(id)});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(tasks({QStringLiteral("--owner"), QStringLiteral("alice")}).size(), 1);
    const QJsonArray done = tasks({QStringLiteral("--owner"), QStringLiteral("alice"),
                                   QStringLiteral("--status"), QStringLiteral("done")});
    ASSERT_EQ(done.size(), 1);
    EXPECT_FALSE(done[0][QStringLiteral("done_at")].isNull());
    EXPECT_EQ(
        tasks({QStringLiteral("--status"), QStringLiteral("all"), QStringLiteral("--all-owners")}).size(), 3);
    // The closed task's answer still fires: it is not recreated (the person handled it).
    r = run({QStringLiteral("playbooks"), QStringLiteral("run")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("playbooks: 0 tasks created"))) << r.out.toStdString();

    EXPECT_EQ(run({QStringLiteral("tasks"), QStringLiteral("done"), QStringLiteral("9999")}).exitCode, 1);
    EXPECT_EQ(run({QStringLiteral("tasks"), QStringLiteral("--status"), QStringLiteral("later")}).exitCode,
              2);
    EXPECT_EQ(run({QStringLiteral("tasks"), QStringLiteral("done")}).exitCode, 2);
}

TEST_F(Playbooks, ListRunWithAsOfAndTheSetting) {
    ASSERT_EQ(
        import(QStringLiteral("customers"),
               file(QStringLiteral("c.csv"), "customer_id,owner,signup_date,renewal_date\n"
                                             "A,alice,2024-01-01,2024-09-01\nB,bob,2024-01-01,2025-06-01\n"))
            .exitCode,
        0);
    CliRun r = run({QStringLiteral("playbooks"), QStringLiteral("list"), QStringLiteral("--format"),
                    QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 5);
    r = run({QStringLiteral("playbooks"), QStringLiteral("run"), QStringLiteral("--as-of"),
             QStringLiteral("2024-07-01")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Renewal prep: 1 tasks created"))) << r.out.toStdString();
    const QJsonArray all = tasks({QStringLiteral("--all-owners")});
    ASSERT_EQ(all.size(), 1);
    EXPECT_EQ(all[0][QStringLiteral("due_date")].toString(), QStringLiteral("2024-07-15"));
    EXPECT_EQ(all[0][QStringLiteral("owner")].toString(), QStringLiteral("alice"));

    // A bad definition is refused when set; a good one replaces the defaults.
    r = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("playbooks"),
             QStringLiteral(R"([{"name": "x", "trigger": "moon"}])")});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.contains(QStringLiteral("moon"))) << r.err.toStdString();
    r = run({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("playbooks"),
             QStringLiteral(R"([{"name": "Far renewal", "trigger": "renewal", "params": {"days": 400}}])")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    r = run({QStringLiteral("playbooks"), QStringLiteral("list")});
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Far renewal\trenewal\tdays=400"))) << r.out.toStdString();
    r = run({QStringLiteral("playbooks"), QStringLiteral("run"), QStringLiteral("--as-of"),
             QStringLiteral("2024-07-01")});
    EXPECT_TRUE(r.out.contains(QStringLiteral("playbooks: 2 tasks created"))) << r.out.toStdString();
}

TEST_F(Playbooks, LoyaltyRedeemRefusesMoreThanTheBalance) {
    ASSERT_EQ(import(QStringLiteral("orders"),
                     file(QStringLiteral("o.csv"), "customer_id,ordered_at,order_id,amount\n"
                                                   "A,2024-01-05,O1,120\nA,2024-02-05,O2,80\n"))
                  .exitCode,
              0);
    CliRun r = run({QStringLiteral("loyalty"), QStringLiteral("balance"), QStringLiteral("A")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("200"));
    r = run(
        {QStringLiteral("loyalty"), QStringLiteral("redeem"), QStringLiteral("A"), QStringLiteral("201")});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(
        r.err.contains(QStringLiteral("cannot redeem 201 points: customer A has a balance of 200 points")))
        << r.err.toStdString();
    r = run({QStringLiteral("loyalty"), QStringLiteral("redeem"), QStringLiteral("A"), QStringLiteral("150"),
             QStringLiteral("--reason"), QStringLiteral("redeem")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("balance 50"))) << r.out.toStdString();
    // Re-importing the orders does not earn their points twice.
    ASSERT_EQ(import(QStringLiteral("orders"), dir.filePath(QStringLiteral("o.csv"))).exitCode, 0);
    r = run({QStringLiteral("loyalty"), QStringLiteral("balance"), QStringLiteral("A")});
    EXPECT_EQ(r.out.trimmed(), QStringLiteral("50"));
    EXPECT_EQ(
        run({QStringLiteral("loyalty"), QStringLiteral("redeem"), QStringLiteral("A"), QStringLiteral("-5")})
            .exitCode,
        2);
    EXPECT_EQ(
        run({QStringLiteral("loyalty"), QStringLiteral("redeem"), QStringLiteral("Z"), QStringLiteral("5")})
            .exitCode,
        1);
}

TEST_F(Playbooks, DemoStoreLoyaltyReportStillSensible) {
    ASSERT_EQ(run({QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("300")}).exitCode,
              0);
    const CliRun r = run({QStringLiteral("report"), QStringLiteral("loyalty"), QStringLiteral("--format"),
                          QStringLiteral("json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray rows =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toArray();
    ASSERT_GT(rows.size(), 12);
    const QJsonObject last = rows.last().toObject();
    EXPECT_GT(last.value(QStringLiteral("members")).toInteger(), 10);
    EXPECT_GT(last.value(QStringLiteral("points_outstanding")).toInteger(), 0);
    qint64 earned = 0, redeemed = 0;
    for (const QJsonValue& row : rows) {
        earned += row[QStringLiteral("points_earned")].toInteger();
        redeemed += row[QStringLiteral("points_redeemed")].toInteger();
        EXPECT_GE(row[QStringLiteral("points_outstanding")].toInteger(), 0);
    }
    EXPECT_GT(redeemed, 0);
    EXPECT_LT(redeemed, earned);
}
