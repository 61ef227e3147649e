package dev.imgslim.analyze.zstd;

/** What a stream used, counted as it is decoded: tests check from it that every part of the format was met. */
final class DecodeStats {
    long frames;
    long skippableFrames;
    long checksums;
    long rawBlocks;
    long rleBlocks;
    long compressedBlocks;
    long rawLiterals;
    long rleLiterals;
    long huffmanLiterals;
    long treelessLiterals;
    long fourStreamLiterals;
    long fseWeights;
    long directWeights;
    long predefinedTables;
    long rleTables;
    long fseTables;
    long repeatTables;
    long sequences;
    long repeatOffsets;

    @Override
    public String toString() {
        return "frames=" + frames + " skippable=" + skippableFrames + " checksums=" + checksums
                + " blocks raw/rle/compressed="
                + rawBlocks + "/" + rleBlocks + "/" + compressedBlocks + " literals raw/rle/huffman/treeless="
                + rawLiterals + "/" + rleLiterals + "/" + huffmanLiterals + "/" + treelessLiterals + " 4-stream="
                + fourStreamLiterals + " huffman weights fse/direct=" + fseWeights + "/" + directWeights
                + " tables predefined/rle/fse/repeat=" + predefinedTables + "/" + rleTables + "/" + fseTables + "/"
                + repeatTables + " sequences=" + sequences + " repeat-offsets=" + repeatOffsets;
    }
}
