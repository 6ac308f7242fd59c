// The `Verity` library product: every stage, for Swift users who want the whole pipeline.
@_exported import VerityAnalysis
@_exported import VerityCore
@_exported import VerityIngest
@_exported import VerityReport
@_exported import VerityRules
