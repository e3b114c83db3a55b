public import Foundation

// Every field of a finding as a member of its own, lent where the fields are held (`identityKey` is declared with the
// storage). They replaced a dynamic member subscript, which projected a field by its key path from a copy of the whole
// `Fields` value: a retain and a release of each of its shared parts, from every thread reading the same findings,
// several times a finding in each pass over 100k findings. A field added to `Fields` gets its member here.

extension Finding {
    /// `Fields.identity`, lent where the fields hold it.
    @inlinable
    public var identity: String {
        _read { yield storage.fields.identity }
        _modify {
            makeStorageUnique()
            yield &storage.fields.identity
        }
    }

    /// `Fields.id`, lent where the fields hold it.
    @inlinable
    public var id: String {
        _read { yield storage.fields.id }
        _modify {
            makeStorageUnique()
            yield &storage.fields.id
        }
    }

    /// `Fields.idSuffixCount`, lent where the fields hold it.
    @inlinable
    public var idSuffixCount: Int? {
        _read { yield storage.fields.idSuffixCount }
    }

    /// `Fields.productArn`, lent where the fields hold it.
    @inlinable
    public var productArn: String? {
        _read { yield storage.fields.productArn }
        _modify {
            makeStorageUnique()
            yield &storage.fields.productArn
        }
    }

    /// `Fields.productName`, lent where the fields hold it.
    @inlinable
    public var productName: String {
        _read { yield storage.fields.productName }
        _modify {
            makeStorageUnique()
            yield &storage.fields.productName
        }
    }

    /// `Fields.generatorId`, lent where the fields hold it.
    @inlinable
    public var generatorId: String? {
        _read { yield storage.fields.generatorId }
        _modify {
            makeStorageUnique()
            yield &storage.fields.generatorId
        }
    }

    /// `Fields.title`, lent where the fields hold it.
    @inlinable
    public var title: String {
        _read { yield storage.fields.title }
        _modify {
            makeStorageUnique()
            yield &storage.fields.title
        }
    }

    /// `Fields.description`, lent where the fields hold it.
    @inlinable
    public var description: String {
        _read { yield storage.fields.description }
        _modify {
            makeStorageUnique()
            yield &storage.fields.description
        }
    }

    /// `Fields.accountId`, lent where the fields hold it.
    @inlinable
    public var accountId: String? {
        _read { yield storage.fields.accountId }
        _modify {
            makeStorageUnique()
            yield &storage.fields.accountId
        }
    }

    /// `Fields.region`, lent where the fields hold it.
    @inlinable
    public var region: String? {
        _read { yield storage.fields.region }
        _modify {
            makeStorageUnique()
            yield &storage.fields.region
        }
    }

    /// `Fields.controlId`, lent where the fields hold it.
    @inlinable
    public var controlId: String? {
        _read { yield storage.fields.controlId }
        _modify {
            makeStorageUnique()
            yield &storage.fields.controlId
        }
    }

    /// `Fields.standardControl`, lent where the fields hold it.
    @inlinable
    public var standardControl: StandardControlRef? {
        _read { yield storage.fields.standardControl }
        _modify {
            makeStorageUnique()
            yield &storage.fields.standardControl
        }
    }

    /// `Fields.checkId`, lent where the fields hold it.
    @inlinable
    public var checkId: String? {
        _read { yield storage.fields.checkId }
        _modify {
            makeStorageUnique()
            yield &storage.fields.checkId
        }
    }

    /// `Fields.standards`, lent where the fields hold it.
    @inlinable
    public var standards: [String] {
        _read { yield storage.fields.standards }
        _modify {
            makeStorageUnique()
            yield &storage.fields.standards
        }
    }

    /// `Fields.relatedRequirements`, lent where the fields hold it.
    @inlinable
    public var relatedRequirements: [String] {
        _read { yield storage.fields.relatedRequirements }
        _modify {
            makeStorageUnique()
            yield &storage.fields.relatedRequirements
        }
    }

    /// `Fields.resources`, lent where the fields hold it.
    @inlinable
    public var resources: [Resource] {
        _read { yield storage.fields.resources }
        _modify {
            makeStorageUnique()
            yield &storage.fields.resources
        }
    }

    /// `Fields.types`, lent where the fields hold it.
    @inlinable
    public var types: [String] {
        _read { yield storage.fields.types }
        _modify {
            makeStorageUnique()
            yield &storage.fields.types
        }
    }

    /// `Fields.firstObservedAt`, lent where the fields hold it.
    @inlinable
    public var firstObservedAt: Date? {
        _read { yield storage.fields.firstObservedAt }
        _modify {
            makeStorageUnique()
            yield &storage.fields.firstObservedAt
        }
    }

    /// `Fields.lastObservedAt`, lent where the fields hold it.
    @inlinable
    public var lastObservedAt: Date? {
        _read { yield storage.fields.lastObservedAt }
        _modify {
            makeStorageUnique()
            yield &storage.fields.lastObservedAt
        }
    }

    /// `Fields.createdAt`, lent where the fields hold it.
    @inlinable
    public var createdAt: Date? {
        _read { yield storage.fields.createdAt }
        _modify {
            makeStorageUnique()
            yield &storage.fields.createdAt
        }
    }

    /// `Fields.updatedAt`, lent where the fields hold it.
    @inlinable
    public var updatedAt: Date? {
        _read { yield storage.fields.updatedAt }
        _modify {
            makeStorageUnique()
            yield &storage.fields.updatedAt
        }
    }

    /// `Fields.remediationText`, lent where the fields hold it.
    @inlinable
    public var remediationText: String? {
        _read { yield storage.fields.remediationText }
        _modify {
            makeStorageUnique()
            yield &storage.fields.remediationText
        }
    }

    /// `Fields.remediationURL`, lent where the fields hold it.
    @inlinable
    public var remediationURL: String? {
        _read { yield storage.fields.remediationURL }
        _modify {
            makeStorageUnique()
            yield &storage.fields.remediationURL
        }
    }

    /// `Fields.note`, lent where the fields hold it.
    @inlinable
    public var note: Note? {
        _read { yield storage.fields.note }
        _modify {
            makeStorageUnique()
            yield &storage.fields.note
        }
    }

    /// `Fields.vulnerabilityIds`, lent where the fields hold it.
    @inlinable
    public var vulnerabilityIds: [String] {
        _read { yield storage.fields.vulnerabilityIds }
        _modify {
            makeStorageUnique()
            yield &storage.fields.vulnerabilityIds
        }
    }

    /// `Fields.scanners`, lent where the fields hold it.
    @inlinable
    public var scanners: [String] {
        _read { yield storage.fields.scanners }
        _modify {
            makeStorageUnique()
            yield &storage.fields.scanners
        }
    }

    /// `Fields.origin`, lent where the fields hold it.
    @inlinable
    public var origin: RecordOrigin {
        _read { yield storage.fields.origin }
        _modify {
            makeStorageUnique()
            yield &storage.fields.origin
        }
    }

    /// `Fields.format`, lent where the fields hold it.
    @inlinable
    public var format: InputFormat {
        _read { yield storage.fields.format }
        _modify {
            makeStorageUnique()
            yield &storage.fields.format
        }
    }

    /// `Fields.severity`, lent where the fields hold it.
    @inlinable
    public var severity: Severity {
        _read { yield storage.fields.severity }
        _modify {
            makeStorageUnique()
            yield &storage.fields.severity
        }
    }

    /// `Fields.compliance`, lent where the fields hold it.
    @inlinable
    public var compliance: ComplianceStatus? {
        _read { yield storage.fields.compliance }
        _modify {
            makeStorageUnique()
            yield &storage.fields.compliance
        }
    }

    /// `Fields.workflow`, lent where the fields hold it.
    @inlinable
    public var workflow: WorkflowStatus {
        _read { yield storage.fields.workflow }
        _modify {
            makeStorageUnique()
            yield &storage.fields.workflow
        }
    }

    /// `Fields.recordState`, lent where the fields hold it.
    @inlinable
    public var recordState: RecordState {
        _read { yield storage.fields.recordState }
        _modify {
            makeStorageUnique()
            yield &storage.fields.recordState
        }
    }

    /// `Fields.isSample`, lent where the fields hold it.
    @inlinable
    public var isSample: Bool {
        _read { yield storage.fields.isSample }
        _modify {
            makeStorageUnique()
            yield &storage.fields.isSample
        }
    }
}
