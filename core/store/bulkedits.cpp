#include "bulkedits.h"

#include "statement.h"
#include "store.h"

namespace tenure::store {

namespace {

Status failed(const QString& what, const Statement& statement) {
    return Status::failure(QStringLiteral("%1: %2").arg(what, statement.error()));
}

bool isSeparator(QChar c) {
    return c == u';' || c == u',';
}

} // namespace

Status setOwnerOf(Store& store, const std::vector<int64_t>& customerIds, const QString& owner) {
    const QString trimmed = owner.trimmed();
    Transaction transaction(store);
    if (!transaction.active()) return Status::failure(transaction.error());
    Statement update(store.handle(), "UPDATE customers SET owner = ?1 WHERE id = ?2");
    if (!update.valid()) return failed(QStringLiteral("cannot change the owner"), update);
    for (const int64_t id : customerIds) {
        if (trimmed.isEmpty())
            update.bindNull(1);
        else
            update.bindCopy(1, trimmed);
        update.bind(2, id);
        if (update.step() != SQLITE_DONE) return failed(QStringLiteral("cannot change the owner"), update);
        update.reset();
    }
    return transaction.commit();
}

QString withTag(const QString& tags, const QString& tag) {
    const QString wanted = tag.trimmed();
    bool hasSemicolon = false, hasComma = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= tags.size(); ++i) {
        if (i < tags.size() && !isSeparator(tags[i])) continue;
        if (i < tags.size()) (tags[i] == u';' ? hasSemicolon : hasComma) = true;
        if (QStringView(tags).sliced(start, i - start).trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return tags;
        start = i + 1;
    }
    if (tags.trimmed().isEmpty()) return wanted;
    const QChar separator = hasComma && !hasSemicolon ? QChar(u',') : QChar(u';');
    return tags + separator + wanted;
}

Status addTagTo(Store& store, const std::vector<int64_t>& customerIds, const QString& tag) {
    const QString trimmed = tag.trimmed();
    if (trimmed.isEmpty()) return Status::failure(QStringLiteral("a tag cannot be empty"));
    if (trimmed.contains(u';') || trimmed.contains(u','))
        return Status::failure(QStringLiteral("a tag cannot contain ';' or ','"));
    Transaction transaction(store);
    if (!transaction.active()) return Status::failure(transaction.error());
    Statement read(store.handle(), "SELECT tags FROM customers WHERE id = ?1");
    Statement update(store.handle(), "UPDATE customers SET tags = ?1 WHERE id = ?2");
    if (!read.valid()) return failed(QStringLiteral("cannot read the tags"), read);
    if (!update.valid()) return failed(QStringLiteral("cannot add the tag"), update);
    for (const int64_t id : customerIds) {
        read.bind(1, id);
        const int rc = read.step();
        if (rc == SQLITE_DONE) { // not in the store
            read.reset();
            continue;
        }
        if (rc != SQLITE_ROW) return failed(QStringLiteral("cannot read the tags"), read);
        const QString tags = read.isNull(0) ? QString() : read.qtext(0);
        read.reset();
        const QString added = withTag(tags, trimmed);
        if (added == tags) continue;
        update.bindCopy(1, added);
        update.bind(2, id);
        if (update.step() != SQLITE_DONE) return failed(QStringLiteral("cannot add the tag"), update);
        update.reset();
    }
    return transaction.commit();
}

} // namespace tenure::store
