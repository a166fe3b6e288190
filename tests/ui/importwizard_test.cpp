#include "dialogs/importfilepage.h"
#include "dialogs/importmappingpage.h"
#include "dialogs/importrunpage.h"
#include "dialogs/importsummaryview.h"
#include "dialogs/importvalidatepage.h"
#include "dialogs/importwizard.h"
#include "io/importer.h"
#include "store/statement.h"
#include "uitestsupport.h"

#include "testsupport.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::ui;

namespace {

constexpr int waitMs = 60000;

class ImportWizardTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        test::ensureApplication();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Saved mappings go to an INI file in a folder of this run, never the user's settings.
        settingsDir = new QTemporaryDir;
        if (QCoreApplication::organizationName().isEmpty())
            QCoreApplication::setOrganizationName(QStringLiteral("tenure-tests"));
        if (QCoreApplication::applicationName().isEmpty())
            QCoreApplication::setApplicationName(QStringLiteral("ui_tests"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir->path());
    }
    static void TearDownTestSuite() {
        delete settingsDir;
        settingsDir = nullptr;
    }

    // Row counts of every table, to compare before and after.
    std::string rowCounts() const {
        std::string out;
        for (const char* table :
             {"customers", "customer_attributes", "events", "orders", "tickets", "imports"}) {
            store::Statement q(t.store->handle(), "SELECT count(*) FROM " + std::string(table));
            q.step();
            out += std::string(table) + "=" + std::to_string(q.int64(0)) + ";";
        }
        return out;
    }

    static QTemporaryDir* settingsDir;
    test::TempStore t;
};

QTemporaryDir* ImportWizardTest::settingsDir = nullptr;

// Data lines of a CSV file without quoted line breaks, counted without the importer.
int64_t dataLines(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return -1;
    int64_t lines = 0;
    while (!file.atEnd())
        if (!file.readLine().trimmed().isEmpty()) ++lines;
    return lines - 1;
}

// With TENURE_IMPORT_SCREENSHOTS=/some/folder, each page is saved there as import-pageN.png.
void screenshot(ImportWizard& wizard, int page) {
    const QString dir = qEnvironmentVariable("TENURE_IMPORT_SCREENSHOTS");
    if (!dir.isEmpty()) wizard.grab().save(QDir(dir).filePath(QStringLiteral("import-page%1.png").arg(page)));
}

bool waitFor(const std::function<bool()>& condition) {
    return QTest::qWaitFor(condition, waitMs);
}

} // namespace

TEST_F(ImportWizardTest, TelcoIsAutoMappedRemappedCheckedAndImported) {
    const QString file = test::sharedData(QStringLiteral("telco/Telco-Customer-Churn.csv"));
    const int64_t rows = dataLines(file);
    ASSERT_GT(rows, 0);

    ImportWizard wizard(t.path, file);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    ASSERT_EQ(wizard.currentId(), ImportWizard::FilePage);
    EXPECT_EQ(wizard.filePage()->fileField()->text(), file);
    EXPECT_EQ(wizard.filePage()->entityCombo()->currentData().toString(), QStringLiteral("customers"));
    EXPECT_TRUE(wizard.filePage()->isComplete());
    screenshot(wizard, 1);

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPage);
    ImportMappingPage* mapping = wizard.mappingPage();
    EXPECT_EQ(mapping->previewTable()->rowCount(), 50);
    EXPECT_EQ(mapping->previewTable()->columnCount(), 21);
    const auto column = [mapping](const char* field) {
        QComboBox* combo = mapping->columnCombo(QLatin1String(field));
        return combo ? combo->currentData().toString() : QStringLiteral("<no combo>");
    };
    EXPECT_EQ(column("customer_id"), QStringLiteral("customerID"));
    EXPECT_EQ(column("churned"), QStringLiteral("Churn"));
    EXPECT_EQ(column("mrr"), QStringLiteral("MonthlyCharges"));
    EXPECT_EQ(column("tenure_months"), QStringLiteral("tenure"));
    EXPECT_EQ(column("segment"), QString()); // "(not imported)"
    EXPECT_EQ(mapping->columnCombo(QStringLiteral("segment"))->currentText(),
              QStringLiteral("(not imported)"));
    EXPECT_FALSE(mapping->usedSavedMapping());
    EXPECT_TRUE(mapping->isComplete());
    auto* extra = mapping->findChild<QLabel*>(QStringLiteral("importExtraColumns"));
    ASSERT_TRUE(extra);
    EXPECT_TRUE(extra->text().startsWith(QStringLiteral("Kept as custom attributes:")));
    EXPECT_TRUE(extra->text().contains(QStringLiteral("Contract")));

    // Re-map: the contract becomes the segment, and the churn flag is left out on purpose.
    QComboBox* segment = mapping->columnCombo(QStringLiteral("segment"));
    segment->setCurrentIndex(segment->findData(QStringLiteral("Contract")));
    QComboBox* churned = mapping->columnCombo(QStringLiteral("churned"));
    churned->setCurrentIndex(0);
    EXPECT_FALSE(extra->text().contains(QStringLiteral("Contract")));
    EXPECT_TRUE(extra->text().contains(QStringLiteral("Churn")));
    // Leaving out a required field blocks the step until it is mapped again.
    QComboBox* id = mapping->columnCombo(QStringLiteral("customer_id"));
    id->setCurrentIndex(0);
    EXPECT_FALSE(mapping->isComplete());
    id->setCurrentIndex(id->findData(QStringLiteral("customerID")));
    EXPECT_TRUE(mapping->isComplete());
    screenshot(wizard, 2);

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::ValidatePage);
    ImportValidatePage* validate = wizard.validatePage();
    ASSERT_TRUE(waitFor([validate] { return validate->isComplete(); }));
    EXPECT_EQ(validate->summary().read, rows);
    EXPECT_EQ(validate->summary().inserted, rows);
    EXPECT_TRUE(validate->summary().rejected.empty());
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers"), 0); // a dry run
    EXPECT_TRUE(
        validate->summaryView()->countsLabel()->text().contains(QStringLiteral("Would be added: 7,043")));
    screenshot(wizard, 3);

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::RunPage);
    ImportRunPage* run = wizard.runPage();
    ASSERT_TRUE(waitFor([run] { return run->isComplete(); }));
    ASSERT_TRUE(run->summary().ok()) << run->summary().error.toStdString();
    EXPECT_EQ(imported.count(), 1);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers"), rows);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers WHERE segment = 'Month-to-month'"), 3875);
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customers WHERE churned = 1"), 0); // left out
    EXPECT_EQ(t.scalar("SELECT count(*) FROM customer_attributes WHERE name = 'Churn' AND value = 'Yes'"),
              1869);
    EXPECT_TRUE(run->statusLabel()->text().startsWith(QStringLiteral("Imported")));
    screenshot(wizard, 4);
}

TEST_F(ImportWizardTest, CancelledImportLeavesTheStoreUnchanged) {
    io::ImportOptions seed;
    seed.kind = QStringLiteral("customers");
    seed.file = t.writeFile(QStringLiteral("seed.csv"), "customer_id,signup_date\nC1,2024-01-05\n");
    ASSERT_TRUE(io::importCsv(*t.store, seed).ok());
    std::string csv = "customer_id,occurred_at,kind\n";
    for (int i = 0; i < 300000; ++i)
        csv += "C" + std::to_string(i % 5000) + ",2024-05-0" + std::to_string(1 + i % 9) +
               " 10:" + std::to_string(10 + i % 50) + ":00,login\n";
    const QString file = t.writeFile(QStringLiteral("events.csv"), csv);
    const std::string before = rowCounts();

    ImportWizard wizard(t.path, file);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.show();
    EXPECT_EQ(wizard.filePage()->entityCombo()->currentData().toString(), QStringLiteral("events"));
    wizard.next();
    ASSERT_TRUE(wizard.mappingPage()->isComplete());
    wizard.next();
    ImportValidatePage* validate = wizard.validatePage();
    ASSERT_TRUE(waitFor([validate] { return validate->isComplete(); }));
    EXPECT_EQ(validate->summary().read, 300000);
    EXPECT_EQ(rowCounts(), before);

    wizard.next();
    ImportRunPage* run = wizard.runPage();
    ASSERT_TRUE(run->isRunning());
    EXPECT_TRUE(run->cancelButton()->isVisible());
    run->cancelButton()->click();
    ASSERT_TRUE(waitFor([run] { return run->isComplete(); }));
    EXPECT_EQ(run->summary().failure, io::ImportFailure::Cancelled);
    EXPECT_EQ(run->statusLabel()->text(), QStringLiteral("Import cancelled. The store is unchanged."));
    EXPECT_EQ(imported.count(), 0);
    EXPECT_EQ(rowCounts(), before);
    screenshot(wizard, 5);
}

TEST_F(ImportWizardTest, TheMappingSavedForAHeaderIsOfferedAgain) {
    const std::string csv =
        "acct,started,tier,fav colour\nA1,05/01/2024,Gold,red\nA2,17/02/2024,Silver,blue\n";
    const QString first = t.writeFile(QStringLiteral("accounts-jan.csv"), csv);
    {
        ImportWizard wizard(t.path, first);
        wizard.show(); // a QWizard starts at its first page when shown
        wizard.filePage()->entityCombo()->setCurrentIndex(
            wizard.filePage()->entityCombo()->findData(QStringLiteral("customers")));
        wizard.next();
        ImportMappingPage* mapping = wizard.mappingPage();
        EXPECT_FALSE(mapping->usedSavedMapping());
        EXPECT_FALSE(mapping->isComplete()); // nothing matches by name
        const auto choose = [mapping](const char* field, const char* header) {
            QComboBox* combo = mapping->columnCombo(QLatin1String(field));
            ASSERT_TRUE(combo);
            combo->setCurrentIndex(combo->findData(QLatin1String(header)));
        };
        choose("customer_id", "acct");
        choose("signup_date", "started");
        choose("segment", "tier");
        mapping->dateFormatCombo()->setCurrentIndex(
            mapping->dateFormatCombo()->findData(QStringLiteral("DD/MM/YYYY")));
        EXPECT_TRUE(mapping->isComplete());
        wizard.next(); // confirms the mapping
        EXPECT_EQ(wizard.currentId(), ImportWizard::ValidatePage);
        ASSERT_TRUE(waitFor([&wizard] { return wizard.validatePage()->isComplete(); }));
        EXPECT_EQ(wizard.validatePage()->summary().read, 2);
        EXPECT_TRUE(wizard.validatePage()->summary().rejected.empty());
    }

    // Another file with the same header: the mapping comes back as confirmed.
    const QString second = t.writeFile(QStringLiteral("accounts-feb.csv"), csv);
    ImportWizard again(t.path, second);
    again.show();
    again.filePage()->entityCombo()->setCurrentIndex(
        again.filePage()->entityCombo()->findData(QStringLiteral("customers")));
    again.next();
    ImportMappingPage* mapping = again.mappingPage();
    EXPECT_TRUE(mapping->usedSavedMapping());
    EXPECT_EQ(mapping->columnCombo(QStringLiteral("customer_id"))->currentData().toString(),
              QStringLiteral("acct"));
    EXPECT_EQ(mapping->columnCombo(QStringLiteral("signup_date"))->currentData().toString(),
              QStringLiteral("started"));
    EXPECT_EQ(mapping->columnCombo(QStringLiteral("segment"))->currentData().toString(),
              QStringLiteral("tier"));
    EXPECT_EQ(mapping->dateFormatCombo()->currentData().toString(), QStringLiteral("DD/MM/YYYY"));
    EXPECT_TRUE(mapping->isComplete());

    // A different header is not matched to it.
    const QString other = t.writeFile(QStringLiteral("other.csv"), "acct,started,tier\nA1,2024-01-05,Gold\n");
    ImportWizard fresh(t.path, other);
    fresh.show();
    fresh.filePage()->entityCombo()->setCurrentIndex(
        fresh.filePage()->entityCombo()->findData(QStringLiteral("customers")));
    fresh.next();
    EXPECT_FALSE(fresh.mappingPage()->usedSavedMapping());
    EXPECT_EQ(fresh.mappingPage()->columnCombo(QStringLiteral("customer_id"))->currentData().toString(),
              QString());
}

TEST_F(ImportWizardTest, AnUnreadableFileIsShownOnTheFirstPage) {
    ImportWizard wizard(t.path, t.dir.filePath(QStringLiteral("absent.csv")));
    EXPECT_FALSE(wizard.filePage()->isComplete());
    auto* problem = wizard.filePage()->findChild<QLabel*>(QStringLiteral("importFileProblem"));
    ASSERT_TRUE(problem);
    EXPECT_TRUE(problem->text().contains(QStringLiteral("absent.csv")));
    wizard.filePage()->fileField()->setText(test::sharedData(QStringLiteral("cdnow/CDNOW_master.csv")));
    EXPECT_TRUE(wizard.filePage()->isComplete());
    EXPECT_EQ(wizard.filePage()->entityCombo()->currentData().toString(), QStringLiteral("orders"));
}

TEST_F(ImportWizardTest, RejectedRowsAreListedAndSkippingThemImportsTheRest) {
    const QString file = t.writeFile(QStringLiteral("nps.csv"), "customer_id,responded_at,score\n"
                                                                "C1,2024-03-01,9\n"
                                                                "C2,2024-03-02,11\n"
                                                                "C3,2024-03-03,7\n");
    ImportWizard wizard(t.path, file);
    wizard.show();
    EXPECT_EQ(wizard.filePage()->entityCombo()->currentData().toString(), QStringLiteral("nps"));
    wizard.next();
    wizard.next();
    ImportValidatePage* validate = wizard.validatePage();
    ASSERT_TRUE(waitFor([validate] { return validate->summary().read > 0; }));
    QTableWidget* rejected = validate->summaryView()->rejectedTable();
    ASSERT_EQ(rejected->rowCount(), 1);
    EXPECT_EQ(rejected->item(0, 0)->text(), QStringLiteral("3"));
    EXPECT_EQ(rejected->item(0, 1)->text(), QStringLiteral("score (3)"));
    EXPECT_TRUE(rejected->item(0, 2)->text().contains(QStringLiteral("score")));
    EXPECT_FALSE(validate->isComplete()); // "stop on the first bad row" would import nothing
    screenshot(wizard, 6);
    validate->skipChoice()->setChecked(true);
    EXPECT_TRUE(validate->isComplete());
    wizard.next();
    ASSERT_TRUE(waitFor([&wizard] { return wizard.runPage()->isComplete(); }));
    EXPECT_TRUE(wizard.runPage()->summary().ok());
    EXPECT_EQ(t.scalar("SELECT count(*) FROM nps"), 2);
}
