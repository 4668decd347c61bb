import { Plugin } from 'obsidian';
export default class CoachingReviewPlugin extends Plugin {
	override async onload(): Promise<void> {}
}
