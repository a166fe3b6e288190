#include "model/dates.h"
#include "model/localclock.h"
#include "store/healthinputs.h"
#include "store/maintenance.h"
#include "store/migrations.h"
#include "store/statement.h"
#include "store/store.h"

#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::store;

namespace {

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int64_t scalar(Store& s, const char* sql) {
    Statement q(s.handle(), sql);
    return q.step() == SQLITE_ROW ? q.int64(0) : -1;
}

} // namespace

TEST(Store, CreatesAFreshStoreAtTheCurrentVersionWithWalAndForeignKeys) {
    test::TempStore t;
    ASSERT_TRUE(t.store);
    EXPECT_EQ(t.store->schemaVersion(), currentSchemaVersion());
    Statement mode(t.store->handle(), "PRAGMA journal_mode");
    ASSERT_EQ(mode.step(), SQLITE_ROW);
    EXPECT_EQ(mode.qtext(0), QStringLiteral("wal"));
    EXPECT_EQ(t.scalar("PRAGMA foreign_keys"), 1);
    EXPECT_GT(t.scalar("PRAGMA busy_timeout"), 0);
    EXPECT_TRUE(checkStore(*t.store).isEmpty());
    EXPECT_EQ(t.scalar("SELECT count(*) FROM checklist_milestones"), 4);
}

TEST(Store, MissingFileIsReportedNotCreated) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    const auto opened = Store::open(path, {OpenMode::MustExist});
    EXPECT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("no such store")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(Store, NotADatabaseIsRefused) {
    test::TempStore t;
    const QString path = t.writeFile(QStringLiteral("garbage.sqlite"), std::string(4096, '\x7f'));
    const auto opened = Store::open(path, {OpenMode::MustExist});
    EXPECT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("not a Tenure store")))
        << opened.error().toStdString();
}

TEST(Store, NewerSchemaIsRefusedAndLeftUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto s = Store::open(path, {OpenMode::CreateIfMissing});
        ASSERT_TRUE(s);
        const QByteArray bump = "PRAGMA user_version = " + QByteArray::number(currentSchemaVersion() + 1);
        ASSERT_TRUE(s.value()->exec(bump.constData()));
        ASSERT_TRUE(s.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        ASSERT_TRUE(s.value()->exec("PRAGMA journal_mode = DELETE"));
    }
    const QByteArray before = fileBytes(path);
    const auto opened = Store::open(path, {OpenMode::MustExist});
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("newer"))) << opened.error().toStdString();
    EXPECT_TRUE(opened.error().contains(QStringLiteral("not changed")));
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Migrations, EmptyFileUpgradesThroughEveryStep) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v0.sqlite"));
    auto s = Store::open(path, {OpenMode::CreateIfMissing, 0});
    ASSERT_TRUE(s);
    EXPECT_EQ(s.value()->schemaVersion(), 0);
    s.value().reset();
    auto upgraded = Store::open(path, {OpenMode::MustExist});
    ASSERT_TRUE(upgraded);
    EXPECT_EQ(upgraded.value()->schemaVersion(), currentSchemaVersion());
    EXPECT_TRUE(checkStore(*upgraded.value()).isEmpty());
}

TEST(Migrations, Version1StoreUpgradesToVersion2AndKeepsItsData) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    {
        auto v1 = Store::open(path, {OpenMode::CreateIfMissing, 1});
        ASSERT_TRUE(v1);
        Store& s = *v1.value();
        EXPECT_EQ(s.schemaVersion(), 1);
        ASSERT_TRUE(
            s.exec("INSERT INTO customers(customer_key, name, signup_date) VALUES ('C1', 'Ada', 19000)"));
        ASSERT_TRUE(s.exec(
            "INSERT INTO events(customer, occurred_at, kind, row_key) VALUES (1, 1700000000, 'login', 7)"));
        Statement settings(s.handle(), "SELECT count(*) FROM sqlite_schema WHERE name = 'settings'");
        ASSERT_EQ(settings.step(), SQLITE_ROW);
        EXPECT_EQ(settings.int64(0), 0);
    }
    auto v2 = Store::open(path, {OpenMode::MustExist});
    ASSERT_TRUE(v2) << v2.error().toStdString();
    Store& s = *v2.value();
    EXPECT_EQ(s.schemaVersion(), currentSchemaVersion()); // through version 2
    EXPECT_EQ(scalar(s, "SELECT count(*) FROM customers WHERE name = 'Ada' AND signup_date = 19000"), 1);
    EXPECT_EQ(scalar(s, "SELECT count(*) FROM events"), 1);
    EXPECT_EQ(scalar(s, "SELECT count(*) FROM checklist_milestones"), 4);
    EXPECT_TRUE(s.setSetting(QStringLiteral("time_zone"), QStringLiteral("Europe/Paris")));
    EXPECT_EQ(s.setting(QStringLiteral("time_zone")), QStringLiteral("Europe/Paris"));
    EXPECT_TRUE(checkStore(s).isEmpty());
}

TEST(Migrations, AreRerunnable) {
    test::TempStore t;
    // Running the migrations again from the current version does nothing and fails nothing.
    EXPECT_TRUE(migrate(t.store->handle(), currentSchemaVersion(), currentSchemaVersion()));
    EXPECT_EQ(t.store->schemaVersion(), currentSchemaVersion());
}

TEST(Store, CheckFindsBrokenRecords) {
    test::TempStore t;
    ASSERT_TRUE(t.store->exec(
        "INSERT INTO customers(customer_key, signup_date, churn_date) VALUES ('C1', 200, 100)"));
    ASSERT_TRUE(t.store->exec("PRAGMA foreign_keys = OFF"));
    ASSERT_TRUE(
        t.store->exec("INSERT INTO events(customer, occurred_at, kind, row_key) VALUES (99, 1, 'login', 1)"));
    const QStringList problems = checkStore(*t.store);
    ASSERT_EQ(problems.size(), 2) << problems.join(u'\n').toStdString();
    EXPECT_TRUE(problems.join(u'\n').contains(QStringLiteral("events")));
    EXPECT_TRUE(problems.join(u'\n').contains(QStringLiteral("churned before")));
}

TEST(Backup, CopiesAConsistentSnapshotAndRefusesToOverwrite) {
    test::TempStore t;
    ASSERT_TRUE(t.store->exec("INSERT INTO customers(customer_key) VALUES ('C1'), ('C2')"));
    const QString copy = t.dir.filePath(QStringLiteral("copy.sqlite"));
    ASSERT_TRUE(backupStore(*t.store, copy));
    auto opened = Store::open(copy, {OpenMode::MustExist});
    ASSERT_TRUE(opened);
    EXPECT_EQ(scalar(*opened.value(), "SELECT count(*) FROM customers"), 2);
    EXPECT_TRUE(checkStore(*opened.value()).isEmpty());
    const Status again = backupStore(*t.store, copy);
    EXPECT_FALSE(again);
    EXPECT_TRUE(again.error().contains(QStringLiteral("already exists")));
}

TEST(Backup, WhileAnotherConnectionHoldsAnOpenWriteTransaction) {
    test::TempStore t;
    ASSERT_TRUE(t.store->exec("INSERT INTO customers(customer_key) VALUES ('C1')"));
    auto writer = Store::open(t.path, {OpenMode::MustExist});
    ASSERT_TRUE(writer);
    // The writer is mid-transaction with rows the backup must not see.
    Transaction tx(*writer.value());
    ASSERT_TRUE(tx.active());
    ASSERT_TRUE(writer.value()->exec("INSERT INTO customers(customer_key) VALUES ('C2'), ('C3')"));
    const QString copy = t.dir.filePath(QStringLiteral("during.sqlite"));
    ASSERT_TRUE(backupStore(*t.store, copy));
    ASSERT_TRUE(tx.commit());
    auto opened = Store::open(copy, {OpenMode::MustExist});
    ASSERT_TRUE(opened);
    EXPECT_EQ(scalar(*opened.value(), "SELECT count(*) FROM customers"), 1);
    EXPECT_EQ(scalar(*t.store, "SELECT count(*) FROM customers"), 3);
}

TEST(LocalClock, ConvertsWallTimesAcrossDaylightSaving) {
    LocalClock paris(QTimeZone("Europe/Paris"));
    // 2024-03-31: clocks go from 02:00 to 03:00 (UTC+1 → UTC+2).
    const int64_t day = daysFromCivil(2024, 3, 31);
    EXPECT_EQ(paris.toEpoch(day, 1 * 3600),
              QDateTime(QDate(2024, 3, 31), QTime(1, 0), QTimeZone("Europe/Paris")).toSecsSinceEpoch());
    EXPECT_EQ(paris.toEpoch(day, 12 * 3600),
              QDateTime(QDate(2024, 3, 31), QTime(12, 0), QTimeZone("Europe/Paris")).toSecsSinceEpoch());
    EXPECT_EQ(paris.toEpoch(daysFromCivil(2024, 7, 1), 0),
              QDateTime(QDate(2024, 7, 1), QTime(0, 0), QTimeZone("Europe/Paris")).toSecsSinceEpoch());
    // Just after midnight local time on 1 July is still 30 June in UTC, but 1 July locally.
    const int64_t instant =
        QDateTime(QDate(2024, 7, 1), QTime(0, 30), QTimeZone("Europe/Paris")).toSecsSinceEpoch();
    EXPECT_EQ(paris.localDay(instant), daysFromCivil(2024, 7, 1));
    LocalClock utc;
    EXPECT_EQ(utc.localDay(instant), daysFromCivil(2024, 6, 30));
    EXPECT_EQ(utc.localDay(-1), -1);
}

TEST(Store, AnotherApplicationsDatabaseIsRefusedAndLeftUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        sqlite3* db = nullptr;
        ASSERT_EQ(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
        ASSERT_EQ(sqlite3_exec(db, "CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)", nullptr, nullptr,
                               nullptr),
                  SQLITE_OK);
        sqlite3_close(db);
    }
    const QByteArray before = fileBytes(path);
    const auto opened = Store::open(path, {OpenMode::MustExist});
    ASSERT_FALSE(opened);
    EXPECT_TRUE(opened.error().contains(QStringLiteral("not a Tenure store")))
        << opened.error().toStdString();
    EXPECT_EQ(fileBytes(path), before);
}

TEST(Migrations, Version2StoreUpgradesToVersion3WithHealthHistory) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    {
        auto v2 = Store::open(path, {OpenMode::CreateIfMissing, 2});
        ASSERT_TRUE(v2);
        Store& s = *v2.value();
        EXPECT_EQ(s.schemaVersion(), 2);
        ASSERT_TRUE(
            s.exec("INSERT INTO customers(customer_key, signup_date) VALUES ('C1', 19000), ('C2', 19000)"));
        ASSERT_TRUE(s.setSetting(QStringLiteral("health_weight_nps"), QStringLiteral("30")));
        EXPECT_EQ(scalar(s, "SELECT count(*) FROM sqlite_schema WHERE name = 'health_history'"), 0);
    }
    auto v3 = Store::open(path, {OpenMode::MustExist, 3});
    ASSERT_TRUE(v3) << v3.error().toStdString();
    Store& s = *v3.value();
    EXPECT_EQ(s.schemaVersion(), 3);
    EXPECT_EQ(scalar(s, "SELECT count(*) FROM customers"), 2);
    EXPECT_EQ(s.setting(QStringLiteral("health_weight_nps")), QStringLiteral("30"));
    // Scores of a day; recording the day again replaces them; the latest before a day per customer.
    ASSERT_TRUE(saveHealthHistory(
        s, {{1, 19100, 55.5, QStringLiteral("neutral")}, {2, 19100, 20, QStringLiteral("at_risk")}}));
    ASSERT_TRUE(saveHealthHistory(s, {{1, 19100, 75, QStringLiteral("healthy")}}));
    ASSERT_TRUE(saveHealthHistory(s, {{1, 19130, 65, QStringLiteral("neutral")}}));
    EXPECT_EQ(scalar(s, "SELECT count(*) FROM health_history"), 3);
    const auto latest = loadLatestHealthBefore(s, 19130);
    ASSERT_TRUE(latest);
    ASSERT_EQ(latest->size(), 2u);
    EXPECT_EQ(latest.value()[0].customer, 1);
    EXPECT_DOUBLE_EQ(latest.value()[0].score, 75);
    EXPECT_EQ(latest.value()[0].band, QStringLiteral("healthy"));
    EXPECT_EQ(latest.value()[1].customer, 2);
    const auto history = loadHealthHistory(s, 1);
    ASSERT_TRUE(history);
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ(history.value()[1].day, 19130);
    // The CHECKs stand in for NOT NULL (see the migration's comment) and keep bands to the three.
    EXPECT_FALSE(
        s.exec("INSERT INTO health_history(customer, day, score, band) VALUES (2, 1, NULL, 'healthy')"));
    EXPECT_FALSE(s.exec("INSERT INTO health_history(customer, day, score, band) VALUES (2, 1, 50, NULL)"));
    EXPECT_FALSE(s.exec("INSERT INTO health_history(customer, day, score, band) VALUES (2, 1, 50, 'great')"));
    EXPECT_FALSE(
        s.exec("INSERT INTO health_history(customer, day, score, band) VALUES (2, 1, 101, 'healthy')"));
    EXPECT_TRUE(s.exec("DELETE FROM customers WHERE id = 2")); // its history goes with it
    EXPECT_EQ(scalar(s, "SELECT count(*) FROM health_history"), 2);
    EXPECT_TRUE(checkStore(s).isEmpty());
}
