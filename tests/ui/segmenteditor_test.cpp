#include "demo/demostore.h"
#include "dialogs/segmenteditor.h"
#include "format.h"
#include "io/importer.h"
#include "model/dates.h"
#include "reports/segments.h"
#include "store/segmentrepository.h"
#include "uitestsupport.h"
#include "views/segmentsview.h"

#include "testsupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace tenure;
using namespace tenure::ui;

namespace {

void refresh(SegmentsView& view) {
    QSignalSpy refreshed(&view, &ScopedView::refreshed);
    view.refreshNow();
    ASSERT_TRUE(refreshed.count() > 0 || refreshed.wait(30000));
}

int rowOf(QTableWidget* table, const QString& name) {
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, SegmentsView::Segment)->text() == name) return r;
    return -1;
}

TEST(SegmentEditorTest, NewSegmentIsSavedThroughCoreAndListedByTheView) {
    tenure::test::ensureApplication();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    test::TempStore t;
    demo::DemoOptions options;
    options.customers = 300;
    options.seed = 5;
    options.today = daysFromCivil(2025, 6, 30);
    options.years = 2;
    ASSERT_TRUE(demo::fillDemoStore(*t.store, options));
    // One customer with a custom attribute, so the editor offers it.
    io::ImportOptions import;
    import.kind = QStringLiteral("customers");
    import.file =
        t.writeFile(QStringLiteral("extra.csv"), "customer_id,signup_date,colour\nZZ-1,2025-01-02,Gold\n");
    ASSERT_TRUE(io::importCsv(*t.store, import).ok());

    SegmentsView view;
    view.setScope({t.path, PeriodUnit::Month, {}});
    refresh(view);
    const int before = view.table()->rowCount();
    EXPECT_FALSE(view.editButton()->isEnabled());

    // New… opens the editor, window-modal, on top of the view.
    view.newButton()->click();
    auto* editor = view.findChild<SegmentEditor*>();
    ASSERT_NE(editor, nullptr);
    ASSERT_EQ(editor->ruleCount(), 1);
    // The fields: customer fields, computed metrics and the store's custom attributes.
    QComboBox* field = editor->fieldBox(0);
    for (const char* name : {"plan", "mrr", "days_since_last_activity", "nps_category", "colour"})
        EXPECT_GE(field->findText(QString::fromLatin1(name)), 0) << name;

    editor->nameEdit()->setText(QStringLiteral("Big or gold"));
    editor->matchBox()->setCurrentIndex(
        editor->matchBox()->findData(static_cast<int>(metrics::SegmentMatch::Any)));
    field->setCurrentIndex(field->findText(QStringLiteral("mrr")));
    editor->operatorBox(0)->setCurrentIndex(
        editor->operatorBox(0)->findData(static_cast<int>(metrics::RuleOp::GreaterOrEqual)));
    editor->valueEdit(0)->setText(QStringLiteral("1000"));
    editor->addButton()->click();
    editor->addButton()->click();
    ASSERT_EQ(editor->ruleCount(), 3);
    editor->fieldBox(1)->setEditText(QStringLiteral("colour"));
    editor->valueEdit(1)->setText(QStringLiteral("gold"));
    editor->operatorBox(2)->setCurrentIndex(
        editor->operatorBox(2)->findData(static_cast<int>(metrics::RuleOp::IsEmpty)));
    EXPECT_FALSE(editor->valueEdit(2)->isEnabled());
    editor->removeButton(2)->click();
    ASSERT_EQ(editor->ruleCount(), 2);
    editor->show();
    QApplication::processEvents(); // rows added to a shown dialog appear on the next event loop pass
    editor->grab().save(QStringLiteral("/tmp/segmenteditor.png"));

    const metrics::SegmentDefinition want{
        QStringLiteral("Big or gold"),
        metrics::SegmentMatch::Any,
        {{QStringLiteral("mrr"), metrics::RuleOp::GreaterOrEqual, QStringLiteral("1000")},
         {QStringLiteral("colour"), metrics::RuleOp::Equal, QStringLiteral("gold")}}};
    EXPECT_EQ(editor->definition(), want);
    QSignalSpy changed(&view, &SegmentsView::savedSegmentsChanged);
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    EXPECT_EQ(editor->result(), QDialog::Accepted);
    EXPECT_EQ(changed.count(), 1);
    const auto stored = store::findSavedSegment(*t.store, QStringLiteral("Big or gold"));
    ASSERT_TRUE(stored && stored.value());
    EXPECT_EQ(*stored.value(), want);

    // The view lists it first, as a saved segment, with the core's figures.
    refresh(view);
    ASSERT_EQ(view.table()->rowCount(), before + 1);
    const int row = rowOf(view.table(), QStringLiteral("Big or gold"));
    ASSERT_EQ(row, 0);
    EXPECT_EQ(view.table()->item(row, SegmentsView::Kind)->text(), QStringLiteral("Saved segment"));
    const auto economics =
        reports::computeSegments(*t.store, std::nullopt, reports::segmentCostsFromSettings(*t.store));
    ASSERT_TRUE(economics);
    EXPECT_EQ(view.table()->item(row, SegmentsView::Customers)->text(),
              formatCount(static_cast<double>(economics->front().customers)));
    EXPECT_EQ(view.table()->item(row, SegmentsView::Margin)->text(), formatMoney(economics->front().margin));

    // Selecting it enables Edit…; the editor opens with its rules; a field row is not.
    view.table()->selectRow(row);
    EXPECT_TRUE(view.editButton()->isEnabled());
    EXPECT_EQ(view.selectedSavedSegment(), QStringLiteral("Big or gold"));
    SegmentEditor again(t.path, QStringLiteral("Big or gold"));
    EXPECT_EQ(again.ruleCount(), 2);
    EXPECT_EQ(again.definition(), want);
    view.table()->selectRow(view.table()->rowCount() - 1);
    EXPECT_FALSE(view.editButton()->isEnabled());

    // An empty name is refused in place; Delete removes the segment.
    SegmentEditor empty(t.path);
    EXPECT_FALSE(empty.save());
    EXPECT_FALSE(empty.error().isEmpty());
    ASSERT_TRUE(view.deleteSegment(QStringLiteral("Big or gold")));
    refresh(view);
    EXPECT_EQ(view.table()->rowCount(), before);
    EXPECT_EQ(rowOf(view.table(), QStringLiteral("Big or gold")), -1);
}

} // namespace
